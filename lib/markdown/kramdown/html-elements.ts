/** kramdown `HTML_SPAN_ELEMENTS`: a line starting with one of these is a paragraph, not block HTML. */
export const HTML_SPAN_ELEMENTS: ReadonlySet<string> = new Set(
  ('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt ' +
    'rtc ruby samp select small span strong sub sup tt u var').split(' '),
);

/** Elements whose `markdown="1"` content is parsed as blocks. */
export const HTML_BLOCK_CONTENT: ReadonlySet<string> = new Set(
  ('address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header ' +
    'hgroup iframe li main map menu nav noscript object section summary td').split(' '),
);

/** Elements whose `markdown="1"` content is parsed as spans. */
export const HTML_SPAN_CONTENT: ReadonlySet<string> = new Set(
  ('a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q ' +
    'rb rbc rp rt rtc ruby select small span strong sub sup th tt').split(' '),
);

export const HTML_VOID_ELEMENTS: ReadonlySet<string> = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);

/** Elements whose content is never touched. */
export const HTML_RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'pre', 'math']);

export type ContentModel = 'block' | 'span' | 'raw';

/** The content model `markdown="…"` selects for an element (kramdown html.rb). */
export function contentModel(tagName: string, markdownValue: string | undefined): ContentModel {
  if (markdownValue === undefined || markdownValue === '0') return 'raw';
  if (markdownValue === 'block') return 'block';
  if (markdownValue === 'span') return 'span';
  if (HTML_BLOCK_CONTENT.has(tagName)) return 'block';
  if (HTML_SPAN_CONTENT.has(tagName)) return 'span';
  return 'raw';
}

/** kramdown `HTML_BLOCK_ELEMENTS`: such a tag inside a paragraph is written as text. */
export const HTML_BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  ('address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre ' +
    'section summary table tbody td th thead tfoot tr ul').split(' '),
);

/** kramdown `HTML_CONTENT_MODEL_RAW`: elements whose content kramdown never parses as Markdown. */
const HTML_RAW_CONTENT: ReadonlySet<string> = new Set('script style math option textarea pre code kbd samp var'.split(' '));

/** kramdown `HTML_ELEMENT`: the names it knows as HTML (their tag and attribute names are written in lower case). */
export const HTML_KNOWN_ELEMENTS: ReadonlySet<string> = new Set([
  ...HTML_SPAN_ELEMENTS,
  ...HTML_BLOCK_ELEMENTS,
  ...HTML_VOID_ELEMENTS,
  'command',
  ...HTML_BLOCK_CONTENT,
  ...HTML_SPAN_CONTENT,
  ...HTML_RAW_CONTENT,
]);
