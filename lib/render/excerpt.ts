const LIQUID_TAG = /{%-?\s*(\w+)\s*.*?-?%}/gs;
const LINK_REFERENCE = /^ {0,3}(?:(\[[^\]]+\])(:.+))$/gm;
const BLOCK_TAGS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'highlight']);

/** Jekyll's Excerpt#extract_excerpt: text before the separator, with open Liquid blocks closed and link references kept. */
export function extractExcerpt(content: string, separator: string): string {
  const at = content.indexOf(separator);
  if (at < 0) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (tail === '') return head;
  if (head.includes('{%')) head = closeLiquidBlocks(head);
  const definitions = [...tail.matchAll(LINK_REFERENCE)].filter((m) => head.includes(m[1])).map((m) => m[1] + m[2]);
  return definitions.length > 0 ? `${head}\n\n${definitions.join('\n')}` : head;
}

function closeLiquidBlocks(head: string): string {
  const names = [...head.matchAll(LIQUID_TAG)].map((m) => m[1]);
  let result = head;
  for (const name of names.reverse()) {
    if (!BLOCK_TAGS.has(name)) continue;
    if (new RegExp(`{%-?\\s*end${name}.*?\\s*-?%}`, 's').test(head)) continue;
    result += `\n{% end${name} %}`;
  }
  return result;
}
