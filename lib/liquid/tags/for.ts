import { Drop, Tag, Value, toValue, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import type { TagWithBodies } from '../blank-bodies.js';
import { readBlockBody } from './block-body.js';
import { evaluateValue, renderTemplates } from '../sync-render.js';

/** Where a Liquid loop is: what `forloop` and `tablerowloop` both say about the item (`i` counts from 0). */
export class LoopPositionDrop extends Drop {
  i = 0;

  constructor(readonly length: number) {
    super();
  }
  index0(): number {
    return this.i;
  }
  index(): number {
    return this.i + 1;
  }
  rindex(): number {
    return this.length - this.i;
  }
  rindex0(): number {
    return this.length - this.i - 1;
  }
  first(): boolean {
    return this.i === 0;
  }
  last(): boolean {
    return this.i === this.length - 1;
  }
}

/** Liquid 5's `forloop`, with `parentloop` (the enclosing loop's forloop, or nil). */
export class ForloopDrop extends LoopPositionDrop {
  constructor(
    length: number,
    readonly name: string,
    readonly parentloop: ForloopDrop | null,
  ) {
    super(length);
  }
}

const MARKUP = /^\s*(\w[\w-]*)\s+in\s+(\([\s\S]*?\)|[^\s]+)\s*([\s\S]*)$/;
const ATTRIBUTE = /(limit|offset)\s*:\s*((?:"[^"]*"|'[^']*'|[^\s,]+))/g;

/** Liquid 5's `for`: `limit`, `offset` (also `continue`), `reversed`, `else`, `break`/`continue`, nested `parentloop`. */
export class ForTag extends Tag implements TagWithBodies {
  private readonly variable: string;
  private readonly collection: Value;
  private readonly collectionText: string;
  private readonly limit: Value | null = null;
  private readonly offset: Value | 'continue' | null = null;
  private readonly reversed: boolean;
  private readonly body: Template[] = [];
  private readonly elseBody: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const match = MARKUP.exec(token.args);
    if (!match) throw new Error(`Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]`);
    this.variable = match[1];
    this.collectionText = match[2];
    this.collection = new Value(match[2], liquid);
    const rest = match[3];
    this.reversed = /(^|\s)reversed(\s|$)/.test(rest);
    for (const [, name, expr] of rest.matchAll(ATTRIBUTE)) {
      if (name === 'limit') this.limit = new Value(expr, liquid);
      else this.offset = expr === 'continue' ? 'continue' : new Value(expr, liquid);
    }
    let target = this.body;
    readBlockBody(liquid, token, remain, () => target, { else: () => (target = this.elseBody) });
  }

  bodies(): Template[][] {
    return [this.body, this.elseBody];
  }

  render(ctx: Context, emitter: Emitter): void {
    const all = enumerate(toValue(evaluateValue(this.collection, ctx)));
    const continueKey = `for-continue-${this.variable}-${this.collectionText}`;
    const registers = ctx.getRegister<Record<string, number>>('for-offsets', {});
    const start = this.offset === 'continue' ? (registers[continueKey] ?? 0) : this.offset ? toInteger(evaluateValue(this.offset, ctx)) : 0;
    const end = this.limit ? start + toInteger(evaluateValue(this.limit, ctx)) : all.length;
    let items = all.slice(start, Math.max(start, end));
    registers[continueKey] = start + items.length;
    if (this.reversed) items = items.reverse();
    if (items.length === 0) {
      renderTemplates(this.elseBody, ctx, emitter);
      return;
    }
    const loops = ctx.getRegister<ForloopDrop[]>('for-loops', []);
    const forloop = new ForloopDrop(items.length, `${this.variable}-${this.collectionText}`, loops.at(-1) ?? null);
    const scope: Record<string, unknown> = { forloop };
    ctx.push(scope);
    loops.push(forloop);
    try {
      for (const item of items) {
        scope[this.variable] = item;
        ctx.continueCalled = ctx.breakCalled = false;
        renderTemplates(this.body, ctx, emitter);
        if (ctx.breakCalled) break;
        forloop.i++;
      }
    } finally {
      ctx.continueCalled = ctx.breakCalled = false;
      ctx.pop();
      loops.pop();
    }
  }
}

/** The items a loop goes through: an array's, a range's, a hash's [key, value] pairs, a non-empty string itself. */
export function enumerate(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'object' && Symbol.iterator in value) return Array.from(value as Iterable<unknown>);
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>);
  return [value];
}

export function toInteger(value: unknown): number {
  const n = Number(toValue(value));
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}
