/**
 * Liquid values (`a.b | f: x`) and conditions (`a and b != c`) turned into JavaScript closures the first time they
 * are evaluated, and kept on their node. Walking liquidjs's tokens for every evaluation (which kind of token, the
 * path of a variable rebuilt, each property read through liquidjs's generic reader) cost about 1 µs per condition in
 * a loop; a loop over `site.pages` in an include that every page renders runs a million of them in a 1,000-page
 * site. The closures compute the same values and throw the same errors as liquidjs's evaluator.
 */
import {
  TypeGuards,
  UndefinedVariableError,
  evalToken,
  toValue,
  toValueSync,
  type Context,
  type Expression,
  type Filter,
  type Liquid,
  type PropertyAccessToken,
  type RangeToken,
  type Token,
  type Value,
} from './liquidjs.js';

/** A value's evaluation; `lenient` makes an undefined variable nil under `strict_variables`. */
export type Evaluation = (ctx: Context, lenient: boolean) => unknown;

type Scope = Record<string | number, unknown>;
type Operator = (...operands: unknown[]) => unknown;
type FilterHandler = (this: unknown, value: unknown, ...args: unknown[]) => unknown;
/** The parts of liquidjs's nodes and context read here that its typings keep private. */
interface FilterNode {
  handler: FilterHandler;
  token: Token;
  liquid: Liquid;
}
interface ContextScopes {
  findScope(key: unknown): Scope;
}

const COMPILED = Symbol('jtd.compiledValue');
type CompiledHolder = { [COMPILED]?: Evaluation };

/** `value`'s evaluation, made on first use: liquidjs's `Value.value` (the expression, then each filter in turn). */
export function compiledValue(value: Value): Evaluation {
  const holder = value as unknown as CompiledHolder;
  return (holder[COMPILED] ??= compileValue(value));
}

function compileValue(value: Value): Evaluation {
  const initial = compileExpression(value.initial);
  const filters = value.filters.map(compileFilter);
  const defaultFirst = value.filters.length > 0 && value.filters[0]!.name === 'default';
  if (filters.length === 0) return initial;
  return (ctx, lenient) => {
    let result = initial(ctx, lenient || (defaultFirst && ctx.opts.lenientIf));
    for (const filter of filters) result = filter(result, ctx);
    return result;
  };
}

type FilterEvaluation = (input: unknown, ctx: Context) => unknown;

function compileFilter(filter: Filter): FilterEvaluation {
  const node = filter as unknown as FilterNode;
  const args = filter.args.map((arg): ((ctx: Context) => unknown) => {
    if (Array.isArray(arg)) {
      const name = arg[0];
      const evaluate = compileToken(arg[1] as Token);
      return (ctx) => [name, evaluate(ctx, false)];
    }
    const evaluate = compileToken(arg as Token);
    return (ctx) => evaluate(ctx, false);
  });
  return (input, ctx) => {
    const values: unknown[] = [input];
    for (const arg of args) values.push(arg(ctx));
    const self = { context: ctx, token: node.token, liquid: node.liquid };
    return toValueSync(node.handler.apply(self, values as [unknown, ...unknown[]]));
  };
}

/** An expression in postfix order becomes a tree of closures, evaluated in the same order (left operand first). */
function compileExpression(expression: Expression): Evaluation {
  const operands: Evaluation[] = [];
  for (const token of expression.postfix) {
    if (!TypeGuards.isOperatorToken(token)) {
      operands.push(compileToken(token));
      continue;
    }
    const name = token.operator;
    const right = operands.pop() ?? constant(undefined);
    if (name === 'not') {
      operands.push((ctx, lenient) => toValueSync(operatorNamed(ctx, name)(right(ctx, lenient), ctx)));
    } else {
      const left = operands.pop() ?? constant(undefined);
      operands.push((ctx, lenient) => {
        const l = left(ctx, lenient);
        const r = right(ctx, lenient);
        return toValueSync(operatorNamed(ctx, name)(l, r, ctx));
      });
    }
  }
  return operands.length > 1 ? firstOfAll(operands) : (operands[0] ?? constant(undefined));
}

/** A malformed expression leaves several operands: all are evaluated, the first is its value (as liquidjs does). */
function firstOfAll(operands: Evaluation[]): Evaluation {
  return (ctx, lenient) => {
    const values = operands.map((operand) => operand(ctx, lenient));
    return values[0];
  };
}

function operatorNamed(ctx: Context, name: string): Operator {
  return (ctx.opts.operators as unknown as Record<string, Operator>)[name]!;
}

function constant(value: unknown): Evaluation {
  return () => value;
}

/** liquidjs's `evalToken`: a literal's value, a variable's value, a range (other tokens go through liquidjs's own). */
function compileToken(token: Token | undefined): Evaluation {
  if (!token) return constant(undefined);
  if ('content' in token) return constant((token as { content: unknown }).content);
  if (TypeGuards.isPropertyAccessToken(token)) return compileVariable(token);
  if (TypeGuards.isRangeToken(token)) return compileRange(token);
  return (ctx, lenient) => toValueSync(evalToken(token, ctx, lenient));
}

/**
 * A variable: its property names (each a literal, or a variable's value as in `a[b]`), then its first value (a
 * variable found in the scopes, or a literal as in `"x".size`), then each property read in turn.
 */
function compileVariable(token: PropertyAccessToken): Evaluation {
  const props = token.props.map(compileToken);
  const literalPath = token.props.every((prop) => 'content' in prop)
    ? token.props.map((prop) => toValue((prop as unknown as { content: unknown }).content))
    : null;
  const variable = token.variable ? compileToken(token.variable) : null;
  return (ctx, lenient) => {
    const path = literalPath ?? props.map((prop) => toValue(prop(ctx, false)));
    try {
      const start = variable ? variable(ctx, lenient) : (ctx as unknown as ContextScopes).findScope(path[0]);
      if (ctx.strictVariables) return toValueSync(ctx._getFromScope(start, path as (string | number)[]));
      let value: unknown = start;
      for (const key of path) value = readKey(ctx, value, key);
      return value;
    } catch (error) {
      if (lenient && (error as Error).name === 'InternalUndefinedVariableError') return null;
      throw new UndefinedVariableError(error as Error, token);
    }
  };
}

/**
 * liquidjs's `Context.readProperty`, settled. An own property of a plain object that is not a function is its
 * value whatever the key (`size`, `first` and `last` included), and a key it does not have is nil when only own
 * properties are read (but for those three), so those common cases skip the generic reader.
 */
function readKey(ctx: Context, object: unknown, key: unknown): unknown {
  if (typeof key === 'string' && isPlainObject(object)) {
    const record = object as Record<string, unknown>;
    if (typeof record.toLiquid !== 'function') {
      if (Object.hasOwn(record, key)) {
        const value = record[key];
        if (typeof value !== 'function') return settled(value);
      } else if (ctx.ownPropertyOnly && key !== 'size' && key !== 'first' && key !== 'last') {
        return undefined;
      }
    }
  }
  return toValueSync(ctx.readProperty(object as Scope, key as string | number));
}

function isPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `toValueSync`, which only does anything to a generator, without its checks on the values that cannot be one. */
function settled(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? toValueSync(value) : value;
}

/** `(low..high)`: the integers from low to high, counted against the memory limit. */
function compileRange(token: RangeToken): Evaluation {
  const lhs = compileToken(token.lhs);
  const rhs = compileToken(token.rhs);
  return (ctx) => {
    const low = Number(toValue(lhs(ctx, false)));
    const high = Number(toValue(rhs(ctx, false)));
    ctx.memoryLimit.use(high - low + 1);
    const numbers: number[] = [];
    for (let n = low; n < high + 1; n++) numbers.push(n);
    return numbers;
  };
}
