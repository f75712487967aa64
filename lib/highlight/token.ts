/** One lexed piece of source: Rouge's short class ("" for plain Text) and its text. */
export interface Token {
  readonly cls: string;
  readonly text: string;
}

/** Appends a token, joining it to the previous one when the class is the same (Rouge's Lexer#continue_lex). */
export function appendMergedToken(tokens: Token[], cls: string, text: string): void {
  if (text === '') return;
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.cls === cls) {
    tokens[tokens.length - 1] = { cls, text: last.text + text };
    return;
  }
  tokens.push({ cls, text });
}
