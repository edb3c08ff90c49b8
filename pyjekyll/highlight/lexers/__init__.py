"""Rouge-exact lexers, by Rouge tag.  Modules are imported on first use."""
from __future__ import annotations

import importlib

from ..engine import Lexer

# Rouge tag -> "module:Class" of our Rouge-exact implementation.
EXACT_LEXERS: dict[str, str] = {
    "plaintext": "plaintext:PlainTextLexer",
    "shell": "shell:ShellLexer",
    "console": "console:ConsoleLexer",
    "yaml": "yaml:YamlLexer",
    "json": "json:JsonLexer",
    "css": "css:CssLexer",
    "javascript": "javascript:JavascriptLexer",
    "html": "html:HtmlLexer",
    "xml": "xml:XmlLexer",
    "python": "python:PythonLexer",
    "ruby": "ruby:RubyLexer",
    "liquid": "liquid:LiquidLexer",
    "diff": "diff:DiffLexer",
    "ini": "ini:IniLexer",
    "toml": "toml:TomlLexer",
    "docker": "docker:DockerLexer",
    "c": "c:CLexer",
    "cpp": "c:CppLexer",
    "java": "java:JavaLexer",
    "go": "go:GoLexer",
    "rust": "rust:RustLexer",
    "sql": "sql:SqlLexer",
    "typescript": "typescript:TypescriptLexer",
    "scss": "scss:ScssLexer",
    "sass": "sass:SassLexer",
    "markdown": "markdown:MarkdownLexer",
    "nginx": "nginx:NginxLexer",
    "apache": "apache:ApacheLexer",
    "erb": "erb:ErbLexer",
    "php": "php:PhpLexer",
    "jsx": "jsx:JsxLexer",
    "csharp": "csharp:CsharpLexer",
    "kotlin": "kotlin:KotlinLexer",
    "swift": "swift:SwiftLexer",
    "powershell": "powershell:PowershellLexer",
    "make": "make:MakeLexer",
    "r": "r:RLexer",
    "perl": "perl:PerlLexer",
    "lua": "lua:LuaLexer",
    "haskell": "haskell:HaskellLexer",
    "scala": "scala:ScalaLexer",
    "elixir": "elixir:ElixirLexer",
    "tex": "tex:TexLexer",
    "objective_c": "objective_c:ObjectiveCLexer",
    "julia": "julia:JuliaLexer",
    "dart": "dart:DartLexer",
    "graphql": "graphql:GraphqlLexer",
    "matlab": "matlab:MatlabLexer",
    "vue": "vue:VueLexer",
    "groovy": "groovy:GroovyLexer",
    "clojure": "clojure:ClojureLexer",
    "erlang": "erlang:ErlangLexer",
    "protobuf": "protobuf:ProtobufLexer",
    "ocaml": "ocaml:OcamlLexer",
    "hcl": "hcl:HclLexer",
    "terraform": "hcl:TerraformLexer",
}


def exact_lexer_class(tag: str) -> type[Lexer] | None:
    """Our own lexer class for a Rouge tag, or None when only the Pygments fallback exists."""
    target = EXACT_LEXERS.get(tag)
    if target is None:
        return None
    module_name, class_name = target.split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, class_name)
