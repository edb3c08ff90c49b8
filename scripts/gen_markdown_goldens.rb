# Oracle for the Markdown golden files: runs real Jekyll 4.3.1's kramdown converter.
#
# Reads a JSON array of cases from stdin ({"id", "text", "config", "mode"}), writes a JSON
# object {id => html} to stdout. "mode" is "markdown" (Jekyll's Markdown converter, without
# its content cache, which keys on the text alone), "smartify" (the SmartyPants converter
# behind the `smartify` filter) or "warnings" ({"html", "warnings"}: the kramdown document
# Jekyll's converter builds, with the warnings it logs under `show_warnings`). "config" is a site config merged over Jekyll's defaults.
require "json"
require "jekyll"

cases = JSON.parse($stdin.read)
converters = {}
out = {}
cases.each do |c|
  key = [c["mode"], c["config"]].to_json
  conv = converters[key] ||= begin
    conf = Jekyll::Configuration.from(c["config"] || {})
    if c["mode"] == "smartify"
      Jekyll::Converters::SmartyPants.new(conf)
    else
      Jekyll::Converters::Markdown::KramdownParser.new(conf)
    end
  end
  begin
    if c["mode"] == "warnings"
      # What Jekyll's converter does, keeping the document to read its warnings list.
      doc = Kramdown::JekyllDocument.new(c["text"], conv.instance_variable_get(:@config))
      out[c["id"]] = { "html" => doc.to_html, "warnings" => doc.warnings }
      next
    end
    html = conv.convert(c["text"])
    out[c["id"]] = html.valid_encoding? ? html : { "error" => "output is not valid UTF-8" }
  rescue StandardError => e
    out[c["id"]] = { "error" => "#{e.class}: #{e.message}" }
  end
end
$stdout.write(JSON.generate(out))
