# Produces the highlighting goldens with real Rouge 3.30 and Jekyll 4.3.1 (development only).
#
#   ruby scripts/gen_highlight_goldens.rb            # all golden files under tests/highlight/golden
#   ruby scripts/gen_highlight_goldens.rb registry   # pyjekyll/highlight/rouge_registry.json
#                                                    # and lexers/rouge_words.json
#
# Case files (tests/highlight/cases/<suite>.txt) hold blocks that start with a header line
# `### case: <id>`, optionally followed by `### lang: <name>` and `### source: <note>`
# lines; the rest of the block (trailing blank lines dropped, one newline added) is the
# code.  Lexing goes through `Rouge::Lexer.find_fancy` and `Rouge::Formatters::HTML`, the
# pair kramdown and Jekyll's highlight tag use.  `tag.txt` cases carry `### markup: ...`
# and are rendered through Jekyll's own `{% highlight %}` Liquid tag.  `kramdown.txt` cases
# go through kramdown's Rouge highlighter (`### mode: block|span`, `### opts: k=v ...`
# merged over Jekyll's defaults; no `### lang:` line means no language).
require "json"
require "rouge"

ROOT = File.expand_path("..", __dir__)
CASES = File.join(ROOT, "tests/highlight/cases")
GOLDEN = File.join(ROOT, "tests/highlight/golden")

def parse_cases(path)
  cases = []
  File.read(path, encoding: "utf-8").split(/^### case: /).drop(1).each do |block|
    lines = block.split("\n", -1)
    meta = { "id" => lines.shift.strip }
    meta[Regexp.last_match(1)] = Regexp.last_match(2).strip while lines.first =~ /\A### (\w+): ?(.*)\z/ && lines.shift
    lines.pop while lines.any? && lines.last.strip.empty?
    meta["code"] = lines.join("\n") + "\n"
    cases << meta
  end
  cases
end

def write_registry
  names = {}
  Rouge::Lexer.all.each do |lexer|
    ([lexer.tag] + (lexer.aliases || [])).each { |n| names[n] = lexer.tag }
  end
  out = File.join(ROOT, "pyjekyll/highlight/rouge_registry.json")
  File.write(out, JSON.pretty_generate(names.sort.to_h) + "\n")
  puts "wrote #{out} (#{names.size} names)"
  write_word_lists
end

# Word lists (keywords, builtins, ...) that Rouge lexers expose as class methods.
WORD_LISTS = {
  "css" => %w(attributes builtins constants vendor_prefixes),
  "javascript" => %w(keywords declarations reserved constants builtins),
  "typescript" => %w(keywords declarations reserved constants builtins),
  "python" => %w(keywords builtins builtins_pseudo exceptions),
  "c" => %w(keywords keywords_type reserved builtins),
  "cpp" => %w(keywords keywords_type reserved builtins),
  "rust" => %w(keywords builtins),
  "sql" => %w(keywords keywords_type),
  "apache" => %w(directives sections values),
  "php" => %w(keywords builtins),
  "lua" => %w(builtins),
  "julia" => %w(TYPES),
  "matlab" => %w(builtins),
  "clojure" => %w(keywords builtins),
}.freeze

# A lexer constant holding a plain `\b(?: a | b | ... )\b` alternation, as its words.
def regexp_words(regexp)
  regexp.source.gsub(/\\b|\(\?:|\)|\s+/, "").split("|")
end

def write_word_lists
  lists = {}
  WORD_LISTS.each do |tag, methods|
    lexer = Rouge::Lexer.find(tag)
    methods.each do |m|
      value = m.match?(/\A[A-Z]/) ? regexp_words(lexer.const_get(m)) : lexer.public_send(m)
      # A hash of lists (PHP's builtins by module) keeps its keys.
      lists["#{tag}.#{m}"] = value.is_a?(Hash) ? value.transform_values(&:to_a) : value.to_a
    end
  end
  out = File.join(ROOT, "pyjekyll/highlight/lexers/rouge_words.json")
  File.write(out, JSON.pretty_generate(lists) + "\n")
  puts "wrote #{out} (#{lists.size} lists)"
end

def rouge_html(lang, code)
  lexer = Rouge::Lexer.find_fancy(lang, code)
  return nil unless lexer

  Rouge::Formatters::HTML.new.format(lexer.lex(code))
end

def jekyll_site
  require "jekyll"
  Jekyll.logger.log_level = :error
  Jekyll::Site.new(Jekyll.configuration("quiet" => true, "source" => Dir.mktmpdir,
                                        "destination" => Dir.mktmpdir))
end

def render_tag(site, markup, code)
  source = "{% highlight #{markup} %}\n#{code}{% endhighlight %}"
  Liquid::Template.parse(source).render!({}, registers: { site: site })
rescue Liquid::SyntaxError, SyntaxError => e
  { "error" => e.class.name }
end

def kramdown_call(c)
  require "kramdown"
  require "kramdown/converter/syntax_highlighter/rouge"
  hl_opts = { "default_lang" => "plaintext", "guess_lang" => nil }
  (c["opts"] || "").split.each do |pair|
    key, value = pair.split("=", 2)
    hl_opts[key] = { "true" => true, "false" => false }.fetch(value) { value =~ /\A\d+\z/ ? value.to_i : value }
  end
  options = Kramdown::Options.merge(syntax_highlighter: "rouge", syntax_highlighter_opts: hl_opts)
  converter = Kramdown::Converter::Html.send(:new, Kramdown::Element.new(:root), options)
  code = c["mode"] == "span" ? c["code"].chomp : c["code"]
  Kramdown::Converter::SyntaxHighlighter::Rouge.call(converter, code, c["lang"], (c["mode"] || "block").to_sym, {})
end

def write_goldens
  require "tmpdir"
  site = nil
  Dir[File.join(CASES, "*.txt")].sort.each do |path|
    suite = File.basename(path, ".txt")
    goldens = {}
    parse_cases(path).each do |c|
      if suite == "tag"
        site ||= jekyll_site
        goldens[c["id"]] = render_tag(site, c["markup"], c["code"])
      elsif suite == "kramdown"
        goldens[c["id"]] = kramdown_call(c)
      else
        goldens[c["id"]] = rouge_html(c["lang"] || suite, c["code"])
      end
    end
    File.write(File.join(GOLDEN, "#{suite}.json"), JSON.pretty_generate(goldens) + "\n")
    puts "#{suite}: #{goldens.size} cases"
  end
end

ARGV.first == "registry" ? write_registry : write_goldens
