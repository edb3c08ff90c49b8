# -*- encoding: utf-8 -*-
# stub: tinytheme 0.2.0 ruby lib

Gem::Specification.new do |s|
  s.name = "tinytheme".freeze
  s.version = "0.2.0"

  s.required_rubygems_version = Gem::Requirement.new(">= 0".freeze) if s.respond_to? :required_rubygems_version=
  s.metadata = { "plugin_type" => "theme" } if s.respond_to? :metadata=
  s.require_paths = ["lib".freeze]
  s.authors = ["Pat Example".freeze, "Sam Sample".freeze]
  s.date = "2022-01-01"
  s.summary = "A tiny theme used by the pyjekyll tests.".freeze

  if s.respond_to? :add_runtime_dependency then
    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 4.0", "< 5.0"])
  else
    s.add_dependency(%q<jekyll>.freeze, [">= 4.0", "< 5.0"])
  end
end
