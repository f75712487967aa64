import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import { emojiAssets } from './jemoji-assets.js';
import { emojifyFragment } from './jemoji-filter.js';
import { emojiTable, hasEmoji, mayHaveEmoji } from './jemoji-names.js';
import type { JtdPlugin } from './plugin.js';

/**
 * jemoji 0.13 as GitHub Pages runs it (gemoji 3, html-pipeline's EmojiFilter): after rendering, `:name:`
 * emoji in an HTML page's body become GitHub's emoji images. A page with no emoji is left as it is;
 * the body of one with emoji is written back as Nokogiri writes HTML.
 */
export const jemoji: JtdPlugin = {
  name: 'jemoji',
  transformOutput: emojify,
  leavesAsIs: (doc, text) => !emojiable(doc) || !mayHaveEmoji(text) || !hasEmoji(text, emojiTable()),
};

function emojify(doc: Document, output: string, site: Site): string | null {
  if (!emojiable(doc) || !mayHaveEmoji(output)) return null;
  const table = emojiTable();
  if (!hasEmoji(output, table)) return null;
  const assets = emojiAssets(site.config.site);
  const filter = (html: string) => emojifyFragment(html, table, assets);
  if (!output.includes('<body')) return filter(output);
  const opener = /<body[\s\S]*?>\s*/.exec(output);
  if (!opener) return output;
  const bodyStart = opener.index + opener[0].length;
  const bodyEnd = output.indexOf('</body>', bodyStart);
  if (bodyEnd < 0) return output.slice(0, bodyStart) + filter(output.slice(bodyStart));
  return output.slice(0, bodyStart) + filter(output.slice(bodyStart, bodyEnd)) + output.slice(bodyEnd);
}

/** jemoji's `emojiable?`: a page or a written document with HTML output, or anything whose permalink ends in `/`. */
function emojiable(doc: Document): boolean {
  const permalink = doc.data.permalink;
  if (typeof permalink === 'string' && permalink.endsWith('/')) return true;
  return (doc.kind === 'page' || doc.destPath !== null) && doc.outputExt === '.html';
}
