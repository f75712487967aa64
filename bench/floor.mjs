// The single-threaded floor: read each page, parse its front matter with js-yaml, render it with plain
// markdown-it, put it in a fixed layout, write it. What any Markdown site generator has to do at least.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';

const [source, destination] = process.argv.slice(2);
const md = new MarkdownIt({ html: true });
function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (!entry.name.startsWith('_')) walk(full, out); }
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}
for (const file of walk(source)) {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const data = match ? yaml.load(match[1]) ?? {} : {};
  const body = match ? text.slice(match[0].length) : text;
  const html = `<!DOCTYPE html>\n<html><head><title>${data.title ?? ''}</title></head>\n<body>\n${md.render(body)}\n</body></html>\n`;
  const target = path.join(destination, path.relative(source, file).replace(/\.md$/, ''), 'index.html');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, html);
}
