# -*- encoding: utf-8 -*-
# stub: pyj-fixture-theme 0.1.0 ruby lib

Gem::Specification.new do |s|
  s.name = "pyj-fixture-theme".freeze
  s.version = "0.1.0"

  s.required_rubygems_version = Gem::Requirement.new(">= 0".freeze) if s.respond_to? :required_rubygems_version=
  s.metadata = { "plugin_type" => "theme" } if s.respond_to? :metadata=
  s.require_paths = ["lib".freeze]
  s.authors = ["pyjekyll fixtures".freeze]
  s.date = "2026-11-22"
  s.summary = "A small gem-shaped theme for pyjekyll's tests.".freeze
  s.licenses = ["MIT".freeze]

  s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
end
