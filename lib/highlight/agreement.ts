import type { Token } from './token.js';

/** How many non-whitespace characters two token streams of the same text classify alike. */
export interface Agreement {
  readonly same: number;
  readonly total: number;
}

/** The class of every character, in order. */
function classPerCharacter(tokens: readonly Token[]): string[] {
  const classes: string[] = [];
  for (const token of tokens) for (const _char of token.text) classes.push(token.cls);
  return classes;
}

function nonWhitespaceCharacters(tokens: readonly Token[]): boolean[] {
  const flags: boolean[] = [];
  for (const token of tokens) for (const char of token.text) flags.push(!/\s/.test(char));
  return flags;
}

/** Compares the class each non-whitespace character gets from `actual` with `expected`. */
export function measureAgreement(expected: readonly Token[], actual: readonly Token[]): Agreement {
  const expectedClasses = classPerCharacter(expected);
  const actualClasses = classPerCharacter(actual);
  const counted = nonWhitespaceCharacters(expected);
  let same = 0;
  let total = 0;
  counted.forEach((isCounted, i) => {
    if (!isCounted) return;
    total += 1;
    if (expectedClasses[i] === actualClasses[i]) same += 1;
  });
  return { same, total };
}

export function addAgreements(a: Agreement, b: Agreement): Agreement {
  return { same: a.same + b.same, total: a.total + b.total };
}

export function agreementPercent(agreement: Agreement): number {
  return agreement.total === 0 ? 100 : (100 * agreement.same) / agreement.total;
}
