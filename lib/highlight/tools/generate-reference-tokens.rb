# Lexes every sample under test/fixtures/highlight/samples/<lexer tag>/ with the
# installed Rouge and writes test/fixtures/highlight/rouge-reference.json:
# one entry per sample with Rouge's tokens ([short class, text]), its HTML and
# its line-number table HTML. Run from the repository root:
#   ruby lib/highlight/tools/generate-reference-tokens.rb
require 'rouge'
require 'json'

root = File.join('test', 'fixtures', 'highlight', 'samples')
entries = Dir.glob(File.join(root, '*', '*')).sort.map do |path|
  tag = File.basename(File.dirname(path))
  code = File.read(path, encoding: 'utf-8')
  lexer = Rouge::Lexer.find(tag) or raise "no Rouge lexer #{tag}"
  tokens = lexer.lex(code).map { |tok, val| [tok.shortname, val] }
  html = Rouge::Formatters::HTML.new.format(lexer.lex(code))
  table = Rouge::Formatters::HTMLTable.new(Rouge::Formatters::HTML.new).format(lexer.lex(code))
  { 'name' => "#{tag}/#{File.basename(path)}", 'lexer' => tag, 'code' => code,
    'tokens' => tokens, 'html' => html, 'table' => table }
end
out = { 'rouge' => Rouge.version, 'samples' => entries }
File.write(File.join('test', 'fixtures', 'highlight', 'rouge-reference.json'), JSON.pretty_generate(out) + "\n")
puts "wrote #{entries.size} samples"
