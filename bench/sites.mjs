// Generates the benchmark sites: just-the-docs sites of N pages made from the jtd-docs reference site
// (its pages copied under distinct titles, so every parent still names exactly one page), and a plain
// Markdown corpus with a trivial layout.
import fs from 'node:fs';
import path from 'node:path';

const REFERENCE = path.resolve(import.meta.dirname, '../../shared/theme/sites/jtd-docs/src');

function walk(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else out.push(path.relative(base, full));
  }
  return out;
}

/**
 * A copy of a page: titles and parents renamed, and a closing line of its own, so that no two pages have the same
 * text (as on a real site: a build that converts each distinct text once would otherwise convert a twentieth).
 */
function copyOfPage(text, copy) {
  if (copy === 0 || !text.startsWith('---')) return text;
  const end = text.indexOf('\n---', 3);
  if (end < 0) return text;
  const front = text
    .slice(0, end)
    .replace(/^(title|parent|grand_parent):\s*(["']?)(.+?)\2\s*$/gm, (_, key, quote, value) => `${key}: "${value.replace(/"/g, '\\"')} ${copy}"`)
    .replace(/^permalink:.*$/gm, '');
  return `${front}${text.slice(end).replace(/\n*$/, '')}\n\nThis page belongs to copy ${copy} of the documentation.\n`;
}

/** A just-the-docs site with about `pages` pages. */
export function makeJtdSite(dir, pages) {
  if (!fs.existsSync(REFERENCE)) throw new Error(`the reference site is not at ${REFERENCE}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const files = walk(REFERENCE);
  const markdown = files.filter((f) => f.endsWith('.md'));
  const copies = Math.max(1, Math.round(pages / markdown.length));
  for (const file of files) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(REFERENCE, file), target);
  }
  const docs = markdown.filter((f) => f.startsWith('docs/'));
  for (let copy = 1; copy < copies; copy++) {
    for (const file of docs) {
      const target = path.join(dir, 'docs', `copy-${copy}`, file.slice('docs/'.length));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, copyOfPage(fs.readFileSync(path.join(REFERENCE, file), 'utf8'), copy));
    }
  }
  return walk(dir).filter((f) => f.endsWith('.md') || f.endsWith('.html')).length;
}

const WORDS = 'the quick brown fox jumps over the lazy dog while a static site generator renders markdown pages into html'.split(' ');

function paragraph(seed) {
  let text = '';
  for (let i = 0; i < 90; i++) text += `${WORDS[(seed * 7 + i * 13) % WORDS.length]}${i % 17 === 5 ? ' *emphasis*' : ''}${i % 23 === 7 ? ' `code`' : ''} `;
  return `${text.trim()}.\n\n`;
}

/** A plain corpus: `pages` Markdown pages of about 6 KiB, a trivial layout, pretty URLs. */
export function makePlainCorpus(dir, pages) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, '_layouts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_config.yml'), 'title: Corpus\ntimezone: UTC\npermalink: pretty\n');
  fs.writeFileSync(path.join(dir, '_layouts/default.html'), '<!DOCTYPE html>\n<html><head><title>{{ page.title }}</title></head>\n<body>\n{{ content }}\n</body></html>\n');
  for (let i = 0; i < pages; i++) {
    let body = `# Page ${i}\n\n`;
    for (let p = 0; body.length < 6200; p++) body += p % 4 === 3 ? `## Section ${p}\n\n- item one\n- item two\n\n` : paragraph(i + p);
    fs.writeFileSync(path.join(dir, 'pages', `page-${i}.md`), `---\nlayout: default\ntitle: Page ${i}\n---\n${body}`);
  }
  return pages;
}
