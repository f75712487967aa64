export { parseDelimited } from './parse.js';
export { CsvError } from './errors.js';
