import { MarkdownIt } from './markdown-it.js';
import { createFallbackHighlighter, type CodeHighlighter } from './highlighter.js';
import { resolveSettings, type KramdownSettings, type MarkdownOptions } from './options.js';
import { installKramdownRules } from './install.js';
import { createSmartifier } from './smartify.js';

export type { CodeHighlighter } from './highlighter.js';
export type { MarkdownOptions } from './options.js';

export interface MarkdownRenderer {
  /** kramdown's HTML for a whole Markdown document. */
  render(source: string): string;
  /** Jekyll's `smartify` filter: kramdown's smart quotes and typographic symbols on a plain string. */
  smartify(text: string): string;
}

function createParser(settings: KramdownSettings): MarkdownIt {
  const md = new MarkdownIt({
    html: true,
    xhtmlOut: true,
    breaks: settings.hardWrap,
    linkify: false,
    typographer: false,
  });
  installKramdownRules(md, settings);
  return md;
}

/** One renderer per build; `render` is called for every page. */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownRenderer {
  const fallback: CodeHighlighter = createFallbackHighlighter();
  const settings = resolveSettings(options, fallback);
  const md = createParser(settings);
  const smartify = createSmartifier(settings);
  return {
    // kramdown writes one line break for a document of nothing but white space.
    // kramdown reads a text that ends with a line break (it adds one where the last line has none).
    render: (source) => (/^\s*$/.test(source) ? '\n' : md.render(source.endsWith('\n') ? source : `${source}\n`, {})),
    smartify,
  };
}
