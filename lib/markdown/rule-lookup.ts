import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

export type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

interface NamedRule {
  name: string;
  fn: BlockRule;
}

/** markdown-it's built-in block rule of that name, so a kramdown rule can wrap it. */
export function builtinBlockRule(md: MarkdownIt, name: string): BlockRule {
  const rules = (md.block.ruler as unknown as { __rules__: NamedRule[] }).__rules__;
  const rule = rules.find((candidate) => candidate.name === name);
  if (rule === undefined) throw new Error(`markdown-it has no block rule named ${name}`);
  return rule.fn;
}
