module Jekyll
  class Legacy < Generator
    def generate(site); end
  end
end
Liquid::Template.register_tag('legacy_box', Jekyll::LegacyBox)
Liquid::Template.register_filter(Jekyll::LegacyFilters)
