import type { Context, Liquid } from 'liquidjs';

/** Jekyll's IncludeTag grammar. */
export const VALID_PARAM = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const VARIABLE_SYNTAX = /^(?<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(?<params>.*)$/s;
const FULL_VALID = new RegExp(`^\\s*(?:${VALID_PARAM.source}(?=\\s|$)\\s*)*$`);

export interface IncludeMarkup {
  file: string;
  params: string | null;
  dynamic: boolean;
}

export function splitIncludeMarkup(markup: string): IncludeMarkup {
  const trimmed = markup.trim();
  const variable = VARIABLE_SYNTAX.exec(trimmed);
  if (variable?.groups) {
    return { file: variable.groups.variable.trim(), params: variable.groups.params.trim(), dynamic: true };
  }
  const at = trimmed.search(/\s/);
  if (at < 0) return { file: trimmed, params: null, dynamic: false };
  return { file: trimmed.slice(0, at), params: trimmed.slice(at).trim(), dynamic: false };
}

export function paramsAreValid(params: string): boolean {
  return FULL_VALID.test(params);
}

/** Quoted values (with `\"` unescaped) or Liquid expressions without filters (`page.title`, `42`). */
export function evaluateParams(params: string, ctx: Context, liquid: Liquid): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const m of params.matchAll(VALID_PARAM)) {
    const [, key, dq, sq, variable] = m;
    if (dq !== undefined) result[key] = dq.replace(/\\"/g, '"');
    else if (sq !== undefined) result[key] = sq.replace(/\\'/g, "'");
    else result[key] = liquid.evalValueSync(variable, ctx);
  }
  return result;
}
