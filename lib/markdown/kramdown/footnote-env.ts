/** Footnote labels defined in the document, recorded by the block rule for the inline rule. */
export interface FootnoteEnv {
  kdFootnoteLabels?: Set<string>;
}

export function definedFootnotes(env: unknown): Set<string> {
  const holder = env as FootnoteEnv;
  if (holder.kdFootnoteLabels === undefined) holder.kdFootnoteLabels = new Set();
  return holder.kdFootnoteLabels;
}

export function hasFootnoteDefinitions(env: unknown): boolean {
  return (env as FootnoteEnv).kdFootnoteLabels !== undefined;
}
