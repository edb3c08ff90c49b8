# Probe for scripts/gen_liquid_goldens.py: renders every page of a Jekyll site the way
# `jekyll build` does, but keeps going after a Liquid error and prints the relative path
# of each page that raised, one per line, so the generator can leave those cases out.
#
# usage: ruby scripts/gen_liquid_goldens.rb SOURCE_DIR
require "jekyll"
require "tmpdir"

source = ARGV.fetch(0)
Dir.mktmpdir do |dest|
  config = Jekyll.configuration("source" => source, "destination" => dest, "quiet" => true)
  site = Jekyll::Site.new(config)
  site.reset
  site.read
  site.generate
  payload = site.site_payload
  Jekyll.logger.log_level = :error
  site.pages.each do |page|
    begin
      Jekyll::Renderer.new(site, page, payload).run
    rescue Exception => e # rubocop:disable Lint/RescueException
      puts page.relative_path
    end
  end
end
