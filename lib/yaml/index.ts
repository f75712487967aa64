export { loadYaml, type LoadYamlOptions } from './load.js';
export { YamlError } from './errors.js';
export { PSYCH_SCHEMA } from './schema.js';
export { resolvePlainScalar } from './psych-scalar.js';
