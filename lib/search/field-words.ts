import { fieldTokens } from './browser/field-tokens.js';
import { separatorTest } from './browser/separator-test.js';

/** Hands each word of one field value to `onWord`, as lunr's tokenizer splits it (positions are not needed at build time). */
export type FieldWords = (value: unknown, onWord: (word: string) => void) => void;

/** A separator that is one character class (`[…]`, maybe with `+`), with no flag that changes what a character is. */
const ONE_CLASS = /^\[(?:[^\\\]]|\\.)+\]\+?$/s;

/**
 * The words of a field value for the site's separator. lunr tests the separator on each character alone; when the
 * separator is one character class, splitting the lowercased text at runs of that class gives the same words, and
 * the engine's own split does it in one pass instead of a test per character.
 */
export function fieldWordsFor(separator: RegExp): FieldWords {
  const isSeparator = separatorTest(separator);
  const byCharacter: FieldWords = (value, onWord) => fieldTokens(value, isSeparator, onWord);
  if (!ONE_CLASS.test(separator.source) || /[^gims]/.test(separator.flags)) return byCharacter;
  const runs = new RegExp(separator.source.endsWith('+') ? separator.source : `${separator.source}+`, separator.flags.replace('g', ''));
  return (value, onWord) => {
    if (typeof value !== 'string') return byCharacter(value, onWord);
    for (const word of value.toLowerCase().split(runs)) if (word !== '') onWord(word);
  };
}
