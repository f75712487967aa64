/** A parsed IAL/ALD body: attributes in source order plus bare references. */
export interface AttributeList {
  attrs: Array<[string, string]>;
  refs: string[];
}

const ATTRIBUTE_TOKEN = /([^\s="'{}]+)=(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)')|(\S+)/g;
const ID_OR_CLASS = /^(?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+$/;
const ID_OR_CLASS_PART = /([#.])([^\s.#]+)/g;

function unescapeValue(value: string): string {
  return value.replace(/\\([}"'\\])/g, '$1');
}

/** Adds one attribute the kramdown way: classes accumulate, everything else overwrites. */
export function mergeAttribute(attrs: Array<[string, string]>, name: string, value: string): void {
  const existing = attrs.find(([key]) => key === name);
  if (existing === undefined) attrs.push([name, value]);
  else if (name === 'class') existing[1] = existing[1] === '' ? value : `${existing[1]} ${value}`;
  else existing[1] = value;
}

function addIdsAndClasses(list: AttributeList, word: string): void {
  for (const part of word.matchAll(ID_OR_CLASS_PART)) {
    if (part[1] === '#') mergeAttribute(list.attrs, 'id', part[2]);
    else mergeAttribute(list.attrs, 'class', part[2]);
  }
}

/** Parses `.class #id key="v" ref` (kramdown `parse_attribute_list`). */
export function parseAttributeList(body: string): AttributeList {
  const list: AttributeList = { attrs: [], refs: [] };
  for (const match of body.matchAll(ATTRIBUTE_TOKEN)) {
    if (match[1] !== undefined) {
      mergeAttribute(list.attrs, match[1], unescapeValue(match[2] ?? match[3] ?? ''));
    } else if (match[4] !== undefined) {
      const word = match[4];
      if (ID_OR_CLASS.test(word)) addIdsAndClasses(list, word);
      else if (/^\w[\w-]*$/.test(word)) list.refs.push(word);
    }
  }
  return list;
}

/** Merges a parsed list into token attributes, expanding ALD references first. */
export function applyAttributeList(
  target: Array<[string, string]>,
  list: AttributeList,
  definitions: ReadonlyMap<string, AttributeList>,
): void {
  for (const ref of list.refs) {
    const definition = definitions.get(ref);
    if (definition !== undefined) for (const [name, value] of definition.attrs) mergeAttribute(target, name, value);
  }
  for (const [name, value] of list.attrs) mergeAttribute(target, name, value);
}
