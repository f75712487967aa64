import { createRequire } from 'node:module';

/**
 * GitHub's own emoji in gemoji 3.x, which have images but no Unicode character (the npm package has
 * only the Unicode ones).
 */
const CUSTOM_EMOJI = [
  'atom', 'basecamp', 'basecampy', 'bowtie', 'electron', 'feelsgood', 'finnadie', 'fishsticks', 'goberserk', 'godmode',
  'hurtrealbad', 'neckbeard', 'octocat', 'rage1', 'rage2', 'rage3', 'rage4', 'shipit', 'suspect', 'trollface',
];

/** Emoji names to their characters ('' for GitHub's own emoji). */
export type EmojiTable = ReadonlyMap<string, string>;

/** Made at most once per process, when a page first may have an emoji (it loads the npm `gemoji` package). */
const loaded: { table?: EmojiTable } = {};

/** The emoji table; ask only when a page may have an emoji. */
export function emojiTable(): EmojiTable {
  return (loaded.table ??= loadEmojiTable());
}

function loadEmojiTable(): EmojiTable {
  const { gemoji } = createRequire(import.meta.url)('gemoji') as { gemoji: { emoji: string; names: string[] }[] };
  const table = new Map<string, string>();
  for (const entry of gemoji) for (const name of entry.names) table.set(name, entry.emoji);
  for (const name of CUSTOM_EMOJI) table.set(name, '');
  return table;
}

/**
 * gemoji 3.x's `image_filename`: `<name>.png` for GitHub's own emoji, else `unicode/` and the code points
 * in hex (at least 4 digits) joined by `-`, without the variation selectors and joiners after the first.
 */
export function emojiFileName(name: string, emoji: string): string {
  if (emoji === '') return `${name}.png`;
  const hex = [...emoji].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('-');
  return `unicode/${hex.replace(/-(fe0f|200d)\b/g, '')}.png`;
}

/** Whether the text has a `:name:` shape at all (every emoji name is made of these characters). */
export function mayHaveEmoji(text: string): boolean {
  return /:[\w+-]+:/.test(text);
}

/**
 * Replaces each `:name:` that names an emoji, scanning left to right as Ruby's gsub with gemoji's
 * pattern does: a colon that closes an unknown name can open the next one.
 */
export function replaceEmoji(text: string, table: EmojiTable, image: (name: string, file: string) => string): string {
  if (!text.includes(':')) return text;
  const candidate = /:([\w+-]+):/g;
  let out = '';
  let copied = 0;
  for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
    const emoji = table.get(match[1]);
    if (emoji === undefined) {
      candidate.lastIndex = match.index + 1;
      continue;
    }
    out += text.slice(copied, match.index) + image(match[1], emojiFileName(match[1], emoji));
    copied = match.index + match[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether the text has a `:name:` of a known emoji (jemoji's test before it touches a page). */
export function hasEmoji(text: string, table: EmojiTable): boolean {
  return replaceEmoji(text, table, () => '') !== text;
}
