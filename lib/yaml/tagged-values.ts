import { makeFloat, RubyFloat } from '../values/float.js';
import { disallowedClass, YamlValueError } from './errors.js';
import { resolvePlainScalar } from './psych-scalar.js';

/** What Psych makes of a scalar with an explicit tag (`!!int "12"`, `!!float 1`, `!foo bar`). */
export function resolveTaggedScalar(text: string | null, tag: string): unknown {
  const value = text ?? '';
  if (isStringTag(tag)) return value;
  if (tag.startsWith('!ruby/')) throw disallowedClass(rubyClassName(tag), value);
  if (tag === 'tag:yaml.org,2002:binary' || tag === '!binary') return Buffer.from(value, 'base64').toString('utf8');
  if (tag === 'tag:yaml.org,2002:float' || tag === '!float') return rubyFloat(resolvePlainScalar(value), value);
  return resolvePlainScalar(value);
}

/** Collections with a tag stay plain arrays and hashes, except Ruby classes, which safe loading refuses. */
export function checkTaggedCollection<T>(collection: T, tag: string): T {
  if (tag.startsWith('!ruby/') && !isStringTag(tag)) throw disallowedClass(rubyClassName(tag), tag);
  if (tag === 'tag:yaml.org,2002:set' || tag === '!set') throw disallowedClass('Psych::Set', tag);
  return collection;
}

/** `!!omap [a: 1, b: 2]` is a hash. */
export function orderedMapFromPairs(pairs: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of Array.isArray(pairs) ? pairs : []) {
    if (pair && typeof pair === 'object') Object.assign(result, pair);
  }
  return result;
}

function isStringTag(tag: string): boolean {
  return /^!(?:str|ruby\/string)(?::.*)?$/.test(tag) || tag === 'tag:yaml.org,2002:str';
}

function rubyClassName(tag: string): string {
  const named = /^!ruby\/[a-z_-]+:(.+)$/.exec(tag);
  if (named) return named[1];
  const kind = /^!ruby\/([a-z]+)/.exec(tag)?.[1] ?? 'object';
  const known: Record<string, string> = { sym: 'Symbol', symbol: 'Symbol', regexp: 'Regexp', range: 'Range', object: 'Object' };
  return known[kind] ?? kind[0].toUpperCase() + kind.slice(1);
}

/** Ruby's `Float(value)` applied to what the scalar resolved to. */
function rubyFloat(value: unknown, scalar: string): number | RubyFloat {
  if (typeof value === 'number') return makeFloat(value);
  if (value instanceof RubyFloat) return value;
  if (typeof value === 'string') {
    const cleaned = value.trim();
    if (/^[-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?$/.test(cleaned) && /\d/.test(cleaned)) {
      return makeFloat(Number(cleaned.replace(/_/g, '')));
    }
    throw new YamlValueError(`invalid value for Float(): ${JSON.stringify(value)}`, scalar);
  }
  throw new YamlValueError(`can't convert ${value === null ? 'nil' : typeof value} into Float`, scalar);
}
