import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

export type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

export type InlineRule = (state: StateInline, silent: boolean) => boolean;

interface NamedRule<Rule> {
  name: string;
  fn: Rule;
}

function namedRule<Rule>(rules: NamedRule<Rule>[], kind: string, name: string): Rule {
  const rule = rules.find((candidate) => candidate.name === name);
  if (rule === undefined) throw new Error(`markdown-it has no ${kind} rule named ${name}`);
  return rule.fn;
}

/** markdown-it's built-in block rule of that name, so a kramdown rule can wrap it. */
export function builtinBlockRule(md: MarkdownIt, name: string): BlockRule {
  return namedRule((md.block.ruler as unknown as { __rules__: NamedRule<BlockRule>[] }).__rules__, 'block', name);
}

/** markdown-it's built-in inline rule of that name. */
export function builtinInlineRule(md: MarkdownIt, name: string): InlineRule {
  return namedRule((md.inline.ruler as unknown as { __rules__: NamedRule<InlineRule>[] }).__rules__, 'inline', name);
}
