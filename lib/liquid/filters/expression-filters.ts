/**
 * Jekyll's where_exp, find_exp and group_by_exp: a Liquid expression evaluated once per item,
 * with the item bound to a variable in a scope pushed over the template's own.
 */
import { Value } from '../liquidjs.js';
import { isTruthy } from '../ruby/kinds.js';
import { literalDropKind } from '../ruby/literals.js';
import { groupItems } from './collection.js';
import type { FilterTable, FilterThis } from './filter-table.js';
import { identityKey } from './identity-key.js';
import { enumerableItems, selectableItems } from './input-iterator.js';
import { toS } from '../ruby/to-s.js';

/**
 * Jekyll swaps Liquid's `empty`/`blank` literals for its own MethodLiteral, which conditions do not
 * recognise: inside where_exp they equal nothing and print as "".
 */
class MethodLiteral {
  toString(): string {
    return '';
  }
}

const METHOD_LITERAL = new MethodLiteral();

type ExpressionCache = Map<string, Value>;
type TokenList = { content?: unknown }[];

function withoutEmptyLiterals(value: Value): Value {
  const postfix = value.initial.postfix as unknown as TokenList;
  postfix.forEach((token, i) => {
    if ('content' in token && literalDropKind(token.content) !== null && literalDropKind(token.content) !== 'nil') {
      postfix[i] = { content: METHOD_LITERAL };
    }
  });
  return value;
}

function parsed(cache: ExpressionCache, filter: FilterThis, source: string, asCondition: boolean): Value {
  const key = `${asCondition ? 'c' : 'v'}:${source}`;
  let value = cache.get(key);
  if (!value) {
    value = new Value(source, filter.liquid);
    if (asCondition) withoutEmptyLiterals(value);
    cache.set(key, value);
  }
  return value;
}

function* evaluateFor(filter: FilterThis, value: Value, variable: string, item: unknown): Generator<unknown, unknown, unknown> {
  filter.context.push({ [variable]: item });
  try {
    return yield value.value(filter.context, false);
  } finally {
    filter.context.pop();
  }
}

export function expressionFilters(cache: ExpressionCache): FilterTable {
  function* whereExp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
    const items = selectableItems(input);
    if (items === null) return input;
    const condition = parsed(cache, this, toS(expression), true);
    const selected: unknown[] = [];
    for (const item of items) {
      if (isTruthy(yield* evaluateFor(this, condition, toS(variable), item))) selected.push(item);
    }
    return selected;
  }

  function* findExp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
    const items = selectableItems(input);
    if (items === null) return input;
    const condition = parsed(cache, this, toS(expression), true);
    for (const item of items) {
      if (isTruthy(yield* evaluateFor(this, condition, toS(variable), item))) return item;
    }
    return null;
  }

  function* groupByExp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
    const items = enumerableItems(input);
    if (items === null) return input;
    const value = parsed(cache, this, toS(expression), false);
    const names: unknown[] = [];
    for (const item of items) names.push(yield* evaluateFor(this, value, toS(variable), item));
    let index = 0;
    return groupItems(items, () => {
      const name = names[index++];
      return [identityKey(name), name];
    });
  }

  return { where_exp: whereExp, find_exp: findExp, group_by_exp: groupByExp };
}
