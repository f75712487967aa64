/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Runs in the browser. The search entries from their shipped form (see the entry encoder): groups of a
 * page's sections `[doc, path, title or 0 for doc, fragment, content, …]` and whole entries; `relUrl`
 * and `url` restored (`url` = baseurl + relUrl unless given). From file:// (`siteRoot` set) each `url`
 * becomes the file it names under the site's folder.
 */
export function decodeEntries(entries: any[], baseurl: string, siteRoot: string | null): any[] {
  const docs: any[] = [];
  for (const entry of entries) {
    if (!Array.isArray(entry)) {
      docs.push(entry.relUrl === undefined ? Object.assign({}, entry, { relUrl: entry.url.slice(baseurl.length) }) : entry);
      continue;
    }
    for (let i = 2; i < entry.length; i += 3) {
      const relUrl = entry[1] + entry[i + 1];
      docs.push({ doc: entry[0], title: entry[i] === 0 ? entry[0] : entry[i], content: entry[i + 2], url: baseurl + relUrl, relUrl });
    }
  }
  if (siteRoot !== null) {
    for (const doc of docs) {
      const hash = doc.relUrl.indexOf('#');
      const path: string = hash < 0 ? doc.relUrl : doc.relUrl.slice(0, hash);
      doc.url = new URL(path.replace(/^\/+/, '') + (path.endsWith('/') ? 'index.html' : ''), siteRoot).href + (hash < 0 ? '' : doc.relUrl.slice(hash));
    }
  }
  return docs;
}
