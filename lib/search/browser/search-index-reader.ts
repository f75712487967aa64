/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Runs in the browser (its source text is shipped in the search index script): turns the index made at
 * build time into a lunr index and the entries, without tokenizing or stemming any document. Results of
 * `query` get the `position` metadata of their matched terms on first read (lunr would have stored them
 * for every document; here only the shown results pay for them). Must not refer to anything outside.
 */
export function readSearchIndex(lunr: any, payload: any, siteRoot: string | null): { index: any; docs: any[] } {
  const NO_METADATA = Object.freeze(Object.create(null));

  function decodeCompact(p: any, docCount: number): any {
    const fields: string[] = p.fields.map((f: any) => f[0]);
    const lengths: number[][] = p.lengths.map((s: string) => (s === '' ? [] : s.split(',').map((x) => parseInt(x, 36))));
    const averages = lengths.map((list) => list.reduce((sum, n) => sum + n, 0) / docCount);
    const vectors: number[][][] = fields.map(() => Array.from({ length: docCount }, () => []));
    const invertedIndex: any = Object.create(null);
    const lines: string[] = p.postings === '' ? [] : p.postings.split('\n');
    for (let t = 0; t < p.terms.length; t++) {
      invertedIndex[p.terms[t]] = decodeTerm(p, t, lines[t], fields, lengths, averages, vectors, docCount);
    }
    const fieldVectors: any = Object.create(null);
    fields.forEach((field, f) => vectors[f].forEach((elements, n) => (fieldVectors[field + '/' + n] = new lunr.Vector(elements))));
    return new lunr.Index({
      invertedIndex,
      fieldVectors,
      tokenSet: termTrie(p.terms),
      fields,
      pipeline: lunr.Pipeline.load(['stemmer']),
    });
  }

  // lunr minimises its term automaton, which costs far more than it saves here; a plain trie of the
  // terms answers the same intersections.
  function termTrie(terms: string[]): any {
    const root = new lunr.TokenSet();
    terms.forEach((term) => {
      let node = root;
      for (let c = 0; c < term.length; c++) node = node.edges[term[c]] || (node.edges[term[c]] = new lunr.TokenSet());
      node.final = true;
    });
    return root;
  }

  // One term's line: its postings per field (documents share one empty metadata object: nothing is
  // whitelisted, and lunr copies metadata before handing it out), then its scores in each document's vectors.
  function decodeTerm(p: any, t: number, line: string, fields: string[], lengths: number[][], averages: number[], vectors: number[][][], docCount: number): any {
    const posting: any = { _index: t };
    const hits: number[] = [];
    const parts = line.split(' ');
    for (let f = 0; f < fields.length; f++) {
      const refs: any = {};
      posting[fields[f]] = refs;
      const part = parts[f] || '';
      if (part === '') continue;
      const entries = part.split(',');
      let n = 0;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        const colon = entry.indexOf(':');
        n += parseInt(colon < 0 ? entry : entry.slice(0, colon), 36);
        refs[n] = NO_METADATA;
        hits.push(f, n, colon < 0 ? 1 : parseInt(entry.slice(colon + 1), 36));
      }
    }
    const count = hits.length / 3;
    const idf = Math.log(1 + Math.abs((docCount - count + 0.5) / (count + 0.5)));
    for (let h = 0; h < hits.length; h += 3) {
      const f = hits[h], n = hits[h + 1], tf = hits[h + 2];
      let score = (idf * ((p.k1 + 1) * tf)) / (p.k1 * (1 - p.b + p.b * (lengths[f][n] / averages[f])) + tf);
      score *= p.fields[f][1];
      vectors[f][n].push(t, Math.round(score * 1000) / 1000);
    }
    return posting;
  }

  function siteUrl(doc: any): string {
    const hash = doc.relUrl.indexOf('#');
    const path = hash < 0 ? doc.relUrl : doc.relUrl.slice(0, hash);
    const fragment = hash < 0 ? '' : doc.relUrl.slice(hash);
    return new URL(path.replace(/^\/+/, '') + (path.endsWith('/') ? 'index.html' : ''), siteRoot!).href + fragment;
  }

  function withPositions(index: any, docs: any[]): any {
    const indexing = lunr.Pipeline.load(['trimmer', 'stopWordFilter', 'stemmer']);
    const found: any = Object.create(null);
    function positionsOf(ref: string, field: string): any {
      const key = field + '/' + ref;
      if (found[key]) return found[key];
      const byTerm: any = (found[key] = Object.create(null));
      const text = docs[Number(ref)][field];
      if (text === undefined || text === null) return byTerm;
      indexing.run(lunr.tokenizer(text, { fields: [field] })).forEach((token: any) => {
        const term = token.toString();
        (byTerm[term] = byTerm[term] || []).push(token.metadata.position);
      });
      return byTerm;
    }
    function addPositions(result: any): void {
      const metadata = result.matchData.metadata;
      Object.keys(metadata).forEach((term) => {
        Object.keys(metadata[term]).forEach((field) => {
          const data = metadata[term][field];
          if ('position' in data) return;
          const withPosition = Object.assign(Object.create(null), data);
          Object.defineProperty(withPosition, 'position', { get: () => positionsOf(result.ref, field)[term] || [], enumerable: true });
          metadata[term][field] = withPosition;
        });
      });
    }
    return {
      lunrIndex: index,
      query(fn: any): any[] {
        const results = index.query(fn);
        results.forEach(addPositions);
        return results;
      },
      search(text: string): any[] {
        const results = index.search(text);
        results.forEach(addPositions);
        return results;
      },
    };
  }

  const docs: any[] = payload.docs.map((doc: any) => {
    const entry = doc.relUrl === undefined ? Object.assign({}, doc, { relUrl: doc.url.slice(payload.baseurl.length) }) : doc;
    if (siteRoot !== null) entry.url = siteUrl(entry);
    return entry;
  });
  lunr.tokenizer.separator = new RegExp(payload.separator[0], payload.separator[1]);
  const index = payload.index.format === 'compact' ? decodeCompact(payload.index, docs.length) : lunr.Index.load(payload.index.index);
  return { index: withPositions(index, docs), docs };
}
