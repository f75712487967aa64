/**
 * Rendering parsed Liquid without generators. liquidjs renders every node, expression and filter through a
 * generator so that one code path serves both its sync and async modes; jtd only renders synchronously, and those
 * generators (made, resumed, driven for every node) were the largest part of the time a page spent in its layouts.
 * This walker renders the nodes Jekyll's templates are made of (text, output, if, unless, assign, capture, comment,
 * break, continue, and tags whose `render` is a plain function) directly, with the same results and errors as
 * liquidjs's renderer; any other tag renders through its own `render`, driven to its end.
 */
import {
  AssignTag,
  BreakTag,
  Context,
  CaptureTag,
  CommentTag,
  ContinueTag,
  IfTag,
  LiquidError,
  Output,
  RenderError,
  TypeGuards,
  UnlessTag,
  isTruthy,
  toValue,
  toValueSync,
  type Emitter,
  type Liquid,
  type Template,
  type Token,
  type Value,
} from './liquidjs.js';
import { compiledValue } from './compiled-value.js';

/** The parts of liquidjs's nodes this walker reads that its typings keep private. */
interface AssignNode {
  key: string;
  value: Value;
}
interface TextNode {
  str: string;
}
interface FilterNode {
  handler: unknown;
  token: Token;
  liquid: Liquid;
}
interface ContextScopes {
  findScope(key: unknown): unknown;
}

/** Collects a rendering's text as liquidjs's own emitter does: nil prints nothing, arrays print their items. */
class TextEmitter implements Emitter {
  buffer = '';
  write(html: unknown): void {
    this.buffer += printed(html);
  }
}

function printed(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(printed).join('');
  return String(v);
}

/** liquidjs's `Render.renderTemplates`, without generators: renders `templates` into `emitter` and returns its text. */
export function renderTemplates(templates: Template[], ctx: Context, emitter: Emitter = new TextEmitter()): string {
  for (const template of templates) {
    try {
      renderNode(template, ctx, emitter);
    } catch (error) {
      throw LiquidError.is(error) ? error : new RenderError(error as Error, template);
    }
    if (ctx.breakCalled || ctx.continueCalled) break;
  }
  return emitter.buffer as string;
}

function renderNode(template: Template, ctx: Context, emitter: Emitter): void {
  if (TypeGuards.isHTMLToken(template.token)) {
    emitter.write((template as unknown as TextNode).str);
  } else if (template instanceof Output) {
    emitter.write(toValue(evaluateValue(template.value, ctx, false)));
  } else if (template instanceof IfTag || template instanceof UnlessTag) {
    renderBranches(template.branches, template.elseTemplates, ctx, emitter);
  } else if (template instanceof AssignTag) {
    const assign = template as unknown as AssignNode;
    ctx.bottom()[assign.key] = evaluateValue(assign.value, ctx, ctx.opts.lenientIf);
  } else if (template instanceof CaptureTag) {
    const text = renderTemplates(template.templates, ctx);
    ctx.bottom()[template.variable] = text;
  } else if (template instanceof BreakTag) {
    ctx.breakCalled = true;
  } else if (template instanceof ContinueTag) {
    ctx.continueCalled = true;
  } else if (!(template instanceof CommentTag)) {
    const html = toValueSync(template.render(ctx, emitter));
    if (html) emitter.write(html);
  }
}

/** `if` and `unless`: the first branch whose condition passes its test, else the else branch. */
function renderBranches(
  branches: readonly { value: Value; templates: Template[]; test?: (value: unknown, ctx: Context) => boolean }[],
  elseTemplates: Template[] | undefined,
  ctx: Context,
  emitter: Emitter,
): void {
  for (const branch of branches) {
    const value = toValue(evaluateValue(branch.value, ctx, ctx.opts.lenientIf));
    if ((branch.test ?? isTruthy)(value, ctx)) {
      renderTemplates(branch.templates, ctx, emitter);
      return;
    }
  }
  renderTemplates(elseTemplates ?? [], ctx, emitter);
}

/** liquidjs's `Value.value`: the expression, then each filter in turn (compiled on first use, see compiled-value.ts). */
export function evaluateValue(value: Value, ctx: Context, lenient = false): unknown {
  return compiledValue(value)(ctx, lenient);
}

/**
 * Makes `liquid` render through this walker, whoever asks (its `renderSync`, its own tags' bodies, jtd's tags), when
 * its nodes are as this walker reads them: a liquidjs release that renamed those private fields keeps its own renderer.
 */
export function installSyncRenderer(liquid: Liquid): void {
  if (!readsNodesOf(liquid)) return;
  (liquid as unknown as { renderer: { renderTemplates: typeof renderTemplates } }).renderer = { renderTemplates };
}

/** Whether the fields this walker reads, private in liquidjs's typings, are there. */
function readsNodesOf(liquid: Liquid): boolean {
  const [text, assign] = liquid.parse('x{% assign a = b | size %}');
  const filter = (assign as unknown as Partial<AssignNode>).value?.filters[0] as unknown as Partial<FilterNode> | undefined;
  const context = new Context({}, liquid.options, {}, { liquid }) as unknown as Partial<ContextScopes>;
  return (
    (text as unknown as Partial<TextNode>).str === 'x' &&
    (assign as unknown as Partial<AssignNode>).key === 'a' &&
    typeof filter?.handler === 'function' &&
    filter.liquid === liquid &&
    filter.token !== undefined &&
    typeof context.findScope === 'function'
  );
}
