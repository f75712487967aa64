import { AssignTag, CaptureTag, CommentTag, TypeGuards, type Template } from './liquidjs.js';

/** A tag of jtd's own with bodies of templates (`for`, `tablerow`, `highlight`). */
export interface TagWithBodies {
  bodies(): Template[][];
}

/** The parts of liquidjs's nodes read here that its typings keep private. */
interface TextNode {
  str: string;
}
interface BranchingNode {
  name: string;
  branches: Array<{ templates: Template[] }>;
  elseTemplates?: Template[];
}

/** Ruby Liquid's `WhitespaceOrNothing`: Ruby's `\s` is ASCII. */
const WHITESPACE_OR_NOTHING = /^[ \t\n\v\f\r]*$/;
/** The tags whose bodies Ruby Liquid strips of white space when they are blank (`remove_blank_strings`). */
const STRIPPING_TAGS: ReadonlySet<string> = new Set(['if', 'unless', 'case', 'for']);

/**
 * Ruby Liquid's blank bodies: an `if`, `unless`, `case` or `for` whose every branch holds only white space and tags
 * that write nothing (`assign`, `capture`, `comment`, and such blocks themselves) writes none of that white space
 * either (`{% if x %}\n  {% assign y = 1 %}\n{% endif %}` writes nothing, where liquidjs writes the line breaks).
 * Done once on parsed templates, innermost blocks first; returns whether `templates` are blank.
 */
export function removeBlankStrings(templates: Template[]): boolean {
  let blank = true;
  for (const template of templates) blank = isBlank(template) && blank;
  return blank;
}

function isBlank(template: Template): boolean {
  if (TypeGuards.isHTMLToken(template.token)) return WHITESPACE_OR_NOTHING.test((template as unknown as TextNode).str);
  if (template instanceof AssignTag || template instanceof CommentTag) return true;
  if (template instanceof CaptureTag) {
    removeBlankStrings((template as unknown as { templates: Template[] }).templates);
    return true;
  }
  const bodies = bodiesOf(template);
  if (bodies === null) return false;
  let blank = true;
  for (const body of bodies) blank = removeBlankStrings(body) && blank;
  if (blank && STRIPPING_TAGS.has((template as unknown as BranchingNode).name ?? '')) {
    for (const body of bodies) stripWhitespace(body);
  }
  return blank;
}

/** The bodies of a block tag (liquidjs's `if`, `unless`, `case`; jtd's own), or null for anything else. */
function bodiesOf(template: Template): Template[][] | null {
  if (typeof (template as Partial<TagWithBodies>).bodies === 'function') return (template as unknown as TagWithBodies).bodies();
  const node = template as unknown as Partial<BranchingNode>;
  if (!Array.isArray(node.branches)) return null;
  const bodies = node.branches.map((branch) => branch.templates);
  if (node.elseTemplates !== undefined) bodies.push(node.elseTemplates);
  return bodies;
}

function stripWhitespace(body: Template[]): void {
  let kept = 0;
  for (const template of body) {
    if (TypeGuards.isHTMLToken(template.token) && WHITESPACE_OR_NOTHING.test((template as unknown as TextNode).str)) continue;
    body[kept++] = template;
  }
  body.length = kept;
}
