export { toS, joinFlat } from './to-s.js';
export { inspect, inspectString } from './inspect.js';
export { toJson } from './to-json.js';
export { rubyEquals, rubyCompare } from './compare.js';
export { installRubyLiterals, literalDropKind } from './literals.js';
export { jekyllLiquidOptions } from './options.js';
export * from './kinds.js';
export { readProperty, readPropertyPath } from "./property.js";
