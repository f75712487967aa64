import { emojiUrl, type EmojiAssets } from './jemoji-assets.js';
import { parseHtml, type HtmlNode } from './jemoji-html-tree.js';
import { writeHtml } from './jemoji-html-output.js';
import { replaceEmoji, type EmojiTable } from './jemoji-names.js';

/** Text under these elements keeps its `:name:` (html-pipeline's EmojiFilter default). */
const IGNORED_ANCESTORS = new Set(['pre', 'code', 'tt']);

/**
 * html-pipeline's EmojiFilter on an HTML fragment, then written back as Nokogiri writes it: each text
 * node outside pre, code and tt has its emoji replaced by images, and the replaced text is read again
 * as HTML (so `&lt;b&gt;` next to an emoji becomes a real `<b>`, as there).
 */
export function emojifyFragment(html: string, table: EmojiTable, assets: EmojiAssets): string {
  const image = (name: string, file: string) =>
    `<img class="emoji" title=":${name}:" alt=":${name}:" src="${emojiUrl(assets, file)}" height="20" width="20">`;
  const nodes = parseHtml(html);
  replaceInChildren(nodes, false, (text) => replaceEmoji(text, table, image));
  return writeHtml(nodes);
}

function replaceInChildren(nodes: HtmlNode[], ignored: boolean, replace: (text: string) => string): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.kind === 'element') replaceInChildren(node.children, ignored || IGNORED_ANCESTORS.has(node.name), replace);
    else if (node.kind === 'raw' && node.script && !ignored) nodes[i] = { ...node, html: replace(node.html) };
    else if (node.kind === 'text' && !ignored) {
      const replaced = replace(node.text);
      if (replaced !== node.text) nodes.splice(i, 1, ...parseHtml(replaced));
    }
  }
}
