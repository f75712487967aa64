import { Tag, Value, toValue, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import type { TagWithBodies } from '../blank-bodies.js';
import { readBlockBody } from './block-body.js';
import { evaluateValue, renderTemplates } from '../sync-render.js';
import { LoopPositionDrop, enumerate, toInteger } from './for.js';

/** Liquid 5's `tablerowloop`: where the loop is, by item and by row and column. */
export class TablerowloopDrop extends LoopPositionDrop {
  row = 1;
  col = 1;

  constructor(
    length: number,
    private readonly cols: number,
  ) {
    super(length);
  }
  col0(): number {
    return this.col - 1;
  }
  col_first(): boolean {
    return this.col === 1;
  }
  col_last(): boolean {
    return this.col === this.cols;
  }
  next(): void {
    this.i++;
    if (this.col === this.cols) {
      this.col = 1;
      this.row++;
    } else {
      this.col++;
    }
  }
}

const MARKUP = /^\s*(\w+)\s+in\s+(\([\s\S]*?\)|[^\s]+)\s*([\s\S]*)$/;
const ATTRIBUTE = /(cols|limit|offset)\s*:\s*((?:"[^"]*"|'[^']*'|[^\s,]+))/g;

/**
 * Liquid 5's `tablerow`, written as Ruby Liquid writes it: `<tr class="row1">` and a line break first, `</tr>`, a line
 * break and the next `<tr>` after each full row, `</tr>` and a line break at the end (nothing for nil).
 */
export class TablerowTag extends Tag implements TagWithBodies {
  private readonly variable: string;
  private readonly collection: Value;
  private readonly attributes = new Map<string, Value>();
  private readonly body: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const match = MARKUP.exec(token.args);
    if (!match) throw new Error(`Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3`);
    this.variable = match[1];
    this.collection = new Value(match[2], liquid);
    for (const [, name, expr] of match[3].matchAll(ATTRIBUTE)) this.attributes.set(name, new Value(expr, liquid));
    readBlockBody(liquid, token, remain, () => this.body);
  }

  bodies(): Template[][] {
    return [this.body];
  }

  render(ctx: Context, emitter: Emitter): void {
    const collection = toValue(evaluateValue(this.collection, ctx));
    if (collection === null || collection === undefined || collection === false) return;
    const from = this.integer('offset', ctx) ?? 0;
    const limit = this.integer('limit', ctx);
    const items = enumerate(collection).slice(from, limit === null ? undefined : Math.max(from, from + limit));
    const tablerowloop = new TablerowloopDrop(items.length, this.integer('cols', ctx) ?? 0);
    const scope: Record<string, unknown> = { tablerowloop };
    emitter.write('<tr class="row1">\n');
    ctx.push(scope);
    try {
      for (const item of items) {
        scope[this.variable] = item;
        emitter.write(`<td class="col${tablerowloop.col}">`);
        renderTemplates(this.body, ctx, emitter);
        emitter.write('</td>');
        if (tablerowloop.col_last() && !tablerowloop.last()) emitter.write(`</tr>\n<tr class="row${tablerowloop.row + 1}">`);
        tablerowloop.next();
      }
    } finally {
      ctx.pop();
    }
    emitter.write('</tr>\n');
  }

  private integer(name: string, ctx: Context): number | null {
    const value = this.attributes.get(name);
    return value === undefined ? null : toInteger(evaluateValue(value, ctx));
  }
}
