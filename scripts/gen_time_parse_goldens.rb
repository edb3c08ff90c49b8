# Oracle for tests/timeparse: runs Ruby's Date._parse and Time.parse over the inputs
# that scripts/gen_time_parse_goldens.py writes, and prints what Ruby returns.
#
#   ruby scripts/gen_time_parse_goldens.rb INPUTS.json > OUTPUT.json
#
# INPUTS.json: {"texts": [...], "settings": [{"name", "tz", "now_epoch", "now_usec"}]}
# Each result records Date._parse's hash (Rationals as {"rational": [n, d]}) and, per
# setting, Time.parse(text, now) as "%Y-%m-%d %H:%M:%S.%6N %z", the zone name and utc?,
# or the error class and message.
require "json"
require "date"
require "time"

def plain(value)
  case value
  when Rational then { "rational" => [value.numerator, value.denominator] }
  when Integer, String, nil then value
  else raise "unexpected #{value.class} in Date._parse result"
  end
end

def date_parse_result(text)
  hash = Date._parse(text)
  hash.each_with_object({}) { |(key, value), out| out[key.to_s] = plain(value) }
rescue StandardError => e
  { "error" => [e.class.name, e.message] }
end

def time_parse_result(text, now)
  t = Time.parse(text, now)
  { "time" => t.strftime("%Y-%m-%d %H:%M:%S.%6N %z"), "zone" => t.zone, "utc" => t.utc? }
rescue StandardError => e
  { "error" => [e.class.name, e.message] }
end

input = JSON.parse(File.read(ARGV.fetch(0)))
texts = input.fetch("texts")
results = texts.map { |text| { "text" => text, "date_parse" => date_parse_result(text), "time_parse" => {} } }
input.fetch("settings").each do |setting|
  ENV["TZ"] = setting.fetch("tz")
  now = Time.at(setting.fetch("now_epoch"), setting.fetch("now_usec"))
  texts.each_with_index do |text, i|
    results[i]["time_parse"][setting.fetch("name")] = time_parse_result(text, now)
  end
end
puts JSON.generate({ "ruby" => RUBY_VERSION, "date" => Date::VERSION, "settings" => input.fetch("settings"),
                     "cases" => results })
