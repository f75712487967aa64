import type { SearchDocument } from './search-data.js';

/**
 * The entries in the form the page reads (see browser/decode-entries): consecutive sections of one page
 * (string titles and content, no other members, url = baseurl + relUrl) as one group
 * `[doc, path, title or 0 when it is doc, fragment, content, …]`; any other entry whole, without
 * `relUrl` when url = baseurl + relUrl. Order is kept: an entry's position is its ref.
 */
export function groupEntries(docs: SearchDocument[], baseurl: string): unknown[] {
  const entries: unknown[] = [];
  let group: unknown[] | null = null;
  for (const doc of docs) {
    if (!isPlain(doc, baseurl)) {
      group = null;
      entries.push(doc.url === baseurl + doc.relUrl ? withoutRelUrl(doc) : doc);
      continue;
    }
    const hash = doc.relUrl.indexOf('#');
    const path = hash < 0 ? doc.relUrl : doc.relUrl.slice(0, hash);
    if (!group || group[0] !== doc.doc || group[1] !== path) {
      group = [doc.doc, path];
      entries.push(group);
    }
    group.push(doc.title === doc.doc ? 0 : doc.title, doc.relUrl.slice(path.length), doc.content);
  }
  return entries;
}

const PLAIN_KEYS = 'doc,title,content,url,relUrl';

function isPlain(doc: SearchDocument, baseurl: string): boolean {
  return (
    Object.keys(doc).join(',') === PLAIN_KEYS &&
    typeof doc.doc === 'string' &&
    typeof doc.title === 'string' &&
    typeof doc.content === 'string' &&
    typeof doc.relUrl === 'string' &&
    doc.url === baseurl + doc.relUrl
  );
}

function withoutRelUrl(doc: SearchDocument): Record<string, unknown> {
  const { relUrl: _relUrl, ...rest } = doc;
  return rest;
}

/**
 * What a plain entry's group is known by (its doc and page path), null for an entry that is not plain:
 * a plain entry joins the group before it when the keys are equal.
 */
export function groupKey(doc: SearchDocument, baseurl: string): string | null {
  if (!isPlain(doc, baseurl)) return null;
  const hash = doc.relUrl.indexOf('#');
  return JSON.stringify([doc.doc, hash < 0 ? doc.relUrl : doc.relUrl.slice(0, hash)]);
}
