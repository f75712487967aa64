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
  UndefinedVariableError,
  evalToken,
  isTruthy,
  toValue,
  toValueSync,
  type Emitter,
  type Expression,
  type Filter,
  type Liquid,
  type PropertyAccessToken,
  type RangeToken,
  type Template,
  type Token,
  type Value,
} from './liquidjs.js';

type Scope = Record<string | number, unknown>;
type Operator = (...operands: unknown[]) => unknown;
type FilterHandler = (this: unknown, value: unknown, ...args: unknown[]) => unknown;
/** The parts of liquidjs's nodes this walker reads that its typings keep private. */
interface AssignNode {
  key: string;
  value: Value;
}
interface TextNode {
  str: string;
}
interface FilterNode {
  handler: FilterHandler;
  token: Token;
  liquid: Liquid;
}
interface ContextScopes {
  findScope(key: unknown): Scope;
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

/** liquidjs's `Value.value`: the expression, then each filter in turn. */
export function evaluateValue(value: Value, ctx: Context, lenient = false): unknown {
  const filters = value.filters;
  const tolerant = lenient || (ctx.opts.lenientIf && filters.length > 0 && filters[0]!.name === 'default');
  let result = evaluateExpression(value.initial, ctx, tolerant);
  for (const filter of filters) result = applyFilter(filter, result, ctx);
  return result;
}

function applyFilter(filter: Filter, value: unknown, ctx: Context): unknown {
  const node = filter as unknown as FilterNode;
  const args: unknown[] = [value];
  for (const arg of filter.args) {
    if (Array.isArray(arg)) args.push([arg[0], evaluateToken(arg[1] as Token, ctx, false)]);
    else args.push(evaluateToken(arg as Token, ctx, false));
  }
  return toValueSync(node.handler.apply({ context: ctx, token: node.token, liquid: node.liquid }, args as [unknown, ...unknown[]]));
}

function evaluateExpression(expression: Expression, ctx: Context, lenient: boolean): unknown {
  const postfix = expression.postfix;
  if (postfix.length === 1) return evaluateToken(postfix[0]!, ctx, lenient);
  const operands: unknown[] = [];
  for (const token of postfix) {
    if (TypeGuards.isOperatorToken(token)) {
      const operator = (ctx.opts.operators as unknown as Record<string, Operator>)[token.operator]!;
      const right = operands.pop();
      if (token.operator === 'not') operands.push(toValueSync(operator(right, ctx)));
      else operands.push(toValueSync(operator(operands.pop(), right, ctx)));
    } else {
      operands.push(evaluateToken(token, ctx, lenient));
    }
  }
  return operands[0];
}

/** liquidjs's `evalToken`: a literal's value, a variable's value, a range (other tokens go through liquidjs's own). */
function evaluateToken(token: Token | undefined, ctx: Context, lenient: boolean): unknown {
  if (!token) return undefined;
  if ('content' in token) return (token as { content: unknown }).content;
  if (TypeGuards.isPropertyAccessToken(token)) return evaluateVariable(token, ctx, lenient);
  if (TypeGuards.isRangeToken(token)) return evaluateRange(token, ctx);
  return toValueSync(evalToken(token, ctx, lenient));
}

function evaluateVariable(token: PropertyAccessToken, ctx: Context, lenient: boolean): unknown {
  const path: unknown[] = [];
  for (const prop of token.props) path.push(toValue(evaluateToken(prop, ctx, false)));
  try {
    const start = token.variable ? evaluateToken(token.variable, ctx, lenient) : (ctx as unknown as ContextScopes).findScope(path[0]);
    if (ctx.strictVariables) return toValueSync(ctx._getFromScope(start, path as (string | number)[]));
    let value: unknown = start;
    for (const key of path) value = toValueSync(ctx.readProperty(value as Scope, key as string | number));
    return value;
  } catch (error) {
    if (lenient && (error as Error).name === 'InternalUndefinedVariableError') return null;
    throw new UndefinedVariableError(error as Error, token);
  }
}

function evaluateRange(token: RangeToken, ctx: Context): number[] {
  const low = Number(toValue(evaluateToken(token.lhs, ctx, false)));
  const high = Number(toValue(evaluateToken(token.rhs, ctx, false)));
  ctx.memoryLimit.use(high - low + 1);
  const numbers: number[] = [];
  for (let n = low; n < high + 1; n++) numbers.push(n);
  return numbers;
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
