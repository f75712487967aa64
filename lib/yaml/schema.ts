import yaml from 'js-yaml';
import { resolvePlainScalar } from './psych-scalar.js';
import { checkTaggedCollection, orderedMapFromPairs, resolveTaggedScalar } from './tagged-values.js';

const ANY = () => true;

/** Every untagged plain scalar goes through Psych's resolution in one step. */
const plainScalar = new yaml.Type('tag:psych:plain', {
  kind: 'scalar',
  resolve: ANY,
  construct: (text: string) => resolvePlainScalar(text),
});

const taggedScalar = (prefix: string) =>
  new yaml.Type(prefix, {
    kind: 'scalar',
    multi: true,
    resolve: ANY,
    construct: (text: string | null, tag?: string) => resolveTaggedScalar(text, tag ?? prefix),
  });

const taggedCollection = (prefix: string, kind: 'sequence' | 'mapping') =>
  new yaml.Type(prefix, {
    kind,
    multi: true,
    resolve: ANY,
    construct: (data: unknown, tag?: string) => checkTaggedCollection(data ?? (kind === 'sequence' ? [] : {}), tag ?? prefix),
  });

const orderedMap = new yaml.Type('tag:yaml.org,2002:omap', {
  kind: 'sequence',
  resolve: ANY,
  construct: orderedMapFromPairs,
});

/**
 * YAML as Ruby's Psych reads it with Jekyll's safe loading: YAML 1.1 scalars, any tag accepted
 * (Ruby classes refused). Merge keys are applied after loading, the way Psych orders them.
 */
export const PSYCH_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [plainScalar],
  explicit: [
    orderedMap,
    taggedScalar('!'),
    taggedScalar('tag:'),
    taggedCollection('!', 'sequence'),
    taggedCollection('tag:', 'sequence'),
    taggedCollection('!', 'mapping'),
    taggedCollection('tag:', 'mapping'),
  ],
});
