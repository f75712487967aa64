import type { CompactIndex } from './compact-index.js';
import { groupEntries, groupKey } from './entry-groups.js';
import { piecedFile, type PiecedFile } from './pieced-file.js';
import { scriptAfterPayload, scriptBeforePayload } from './search-bundle.js';
import type { SearchEntry } from './search-data.js';
import { TextPiece } from './text-piece.js';

/** A page's piece of the payload's entries, what its text depends on besides the entries, and its first and last groups' keys. */
interface EntriesPiece {
  baseurl: string;
  first: boolean;
  piece: TextPiece;
  firstGroup: string | null;
  lastGroup: string | null;
}

export type EntryPieces = WeakMap<SearchEntry[], EntriesPiece>;

/**
 * The search index script (see searchIndexScript) with the payload's entries as one piece per page,
 * kept while the page's entries are the same; null when a group of entries would span two pages,
 * which pieces made page by page cannot represent.
 */
export function indexScriptFile(destPath: string, pages: SearchEntry[][], payload: { baseurl: string; separator: RegExp; index: CompactIndex }, kept: EntryPieces): PiecedFile | null {
  const { baseurl, separator, index } = payload;
  const head = `{"baseurl":${JSON.stringify(baseurl)},"separator":${JSON.stringify([separator.source, separator.flags])},"entries":[`;
  const pieces = [new TextPiece(scriptBeforePayload() + head)];
  let openGroup: string | null = null;
  for (const entries of pages) {
    if (entries.length === 0) continue;
    const made = entriesPiece(entries, baseurl, pieces.length === 1, kept);
    if (openGroup !== null && made.firstGroup === openGroup) return null;
    openGroup = made.lastGroup;
    pieces.push(made.piece);
  }
  pieces.push(new TextPiece(`],"index":${JSON.stringify(index)}}${scriptAfterPayload()}`));
  return piecedFile(destPath, pieces);
}

function entriesPiece(entries: SearchEntry[], baseurl: string, first: boolean, kept: EntryPieces): EntriesPiece {
  const cached = kept.get(entries);
  if (cached && cached.baseurl === baseurl && cached.first === first) return cached;
  const json = JSON.stringify(groupEntries(entries.map((entry) => entry.doc), baseurl));
  const made = {
    baseurl,
    first,
    piece: new TextPiece(`${first ? '' : ','}${json.slice(1, -1)}`),
    firstGroup: groupKey(entries[0].doc, baseurl),
    lastGroup: groupKey(entries[entries.length - 1].doc, baseurl),
  };
  kept.set(entries, made);
  return made;
}
