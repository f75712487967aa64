import { Value, type Context, type Liquid } from '../liquidjs.js';
import { evaluateValue } from '../sync-render.js';

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

/** One `key=value` of an include's parameters, read once when the tag is parsed. */
export type IncludeParam = { key: string; text: string } | { key: string; value: Value } | { key: string; expression: string };

/**
 * Quoted values (with `\"` unescaped) or Liquid expressions without filters (`page.title`, `42`), the
 * expressions parsed here (one Liquid cannot parse is kept as text, to fail where it is evaluated).
 */
export function parseParams(params: string, liquid: Liquid): IncludeParam[] {
  const parsed: IncludeParam[] = [];
  for (const m of params.matchAll(VALID_PARAM)) {
    const [, key, dq, sq, variable] = m;
    if (dq !== undefined) parsed.push({ key, text: dq.replace(/\\"/g, '"') });
    else if (sq !== undefined) parsed.push({ key, text: sq.replace(/\\'/g, "'") });
    else parsed.push(parsedExpression(key, variable, liquid));
  }
  return parsed;
}

function parsedExpression(key: string, expression: string, liquid: Liquid): IncludeParam {
  try {
    return { key, value: new Value(expression, liquid) };
  } catch {
    return { key, expression };
  }
}

export function evaluateParams(params: IncludeParam[], ctx: Context, liquid: Liquid): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const param of params) {
    if ('text' in param) result[param.key] = param.text;
    else if ('value' in param) result[param.key] = evaluateValue(param.value, ctx);
    else result[param.key] = liquid.evalValueSync(param.expression, ctx);
  }
  return result;
}
