const HEADING_START = /<h([1-6])((?:\s[^>]*)?)>/g;
const ID_ATTRIBUTE = /\sid="([^"]*)"/;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/;

/**
 * just-the-docs' heading anchors: each `h1`–`h6` with an `id` (and without the class `no_anchor`) gets a
 * link to itself as its first child. Headings without an id are left alone; no ids are made up.
 */
export function addHeadingAnchors(html: string): string {
  return html.replace(HEADING_START, (tag: string, _level: string, attributes: string) => {
    const id = ID_ATTRIBUTE.exec(attributes)?.[1];
    if (id === undefined || id === '') return tag;
    const classes = CLASS_ATTRIBUTE.exec(attributes)?.[1] ?? '';
    if (classes.includes('no_anchor')) return tag;
    return `${tag}<a href="#${id}" class="anchor-heading" aria-labelledby="${id}"><svg viewBox="0 0 16 16" aria-hidden="true"><use xlink:href="#svg-link"></use></svg></a> `;
  });
}
