/**
 * Scores the Markdown layer against a corpus of Jekyll outputs:
 *   node dist/lib/markdown/tools/corpus-score.js [corpus-dir] [--show name] [--rouge]
 * `--rouge` highlights with the project's Rouge port (lib/highlight) instead of the fallback.
 * The corpus dir holds src/cases/*.md and expected/cases/*.html.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdown, type CodeHighlighter } from '../index.js';

const FRONT_MATTER = /^---\s*\n[^]*?\n?^(?:---|\.\.\.)\s*$\n?/m;

export function normaliseHtml(html: string): string {
  return html.replace(/\s+/g, ' ').replace(/>\s+</g, '><').trim();
}

function stripFrontMatter(source: string): string {
  const match = FRONT_MATTER.exec(source);
  return match && match.index === 0 ? source.slice(match[0].length) : source;
}

async function loadRouge(): Promise<CodeHighlighter> {
  const { loadHighlighter } = await import('../../highlight/index.js');
  const rouge = await loadHighlighter();
  return { findLexer: (lang) => rouge.findLexer(lang), highlight: (code, lexer) => rouge.highlightCode(code, lexer) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rougeIndex = args.indexOf('--rouge');
  if (rougeIndex >= 0) args.splice(rougeIndex, 1);
  const highlight = rougeIndex >= 0 ? await loadRouge() : undefined;
  const showIndex = args.indexOf('--show');
  const show = showIndex >= 0 ? args.splice(showIndex, 2)[1] : null;
  const dir = args[0] ?? '/work/shared/conformance/cases/markdown-corpus';
  const renderer = createMarkdown({ highlight });
  const names = readdirSync(join(dir, 'src/cases')).filter((n) => n.endsWith('.md')).sort();
  const failures: string[] = [];
  for (const name of names) {
    const base = name.slice(0, -3);
    const source = stripFrontMatter(readFileSync(join(dir, 'src/cases', name), 'utf8'));
    const expected = readFileSync(join(dir, 'expected/cases', base + '.html'), 'utf8');
    const actual = renderer.render(source);
    if (normaliseHtml(actual) !== normaliseHtml(expected)) failures.push(base);
    if (show !== null && base.includes(show)) {
      console.log(`--- ${base} expected\n${normaliseHtml(expected)}\n--- actual\n${normaliseHtml(actual)}`);
    }
  }
  console.log(`${names.length - failures.length}/${names.length} match`);
  if (failures.length > 0) console.log(`differ: ${failures.join(' ')}`);
}

await main();
