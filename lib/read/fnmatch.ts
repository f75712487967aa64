import { escapeRegExp } from '../util/escape-regexp.js';

/** Ruby's File.fnmatch? without flags: `*` and `?` also match `/`, `[...]` is a class. */
export function fnmatchToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += escapeRegExp(pattern[++i]);
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`, 's');
}

