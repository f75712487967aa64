/** Liquid's HTML, URL and Base64 filters. */
import { isNil, liquidValue } from '../ruby/kinds.js';
import { toS } from '../ruby/to-s.js';
import { cgiEscape, cgiUnescape, escapeHtml, escapeHtmlOnce } from './escape.js';
import type { FilterTable } from './filter-table.js';

const HTML_BLOCKS = /<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gs;
const HTML_TAGS = /<.*?>/gs;
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const URL_SAFE_BASE64 = /^[A-Za-z0-9_-]*={0,2}$/;

function nilOr<T>(input: unknown, convert: (s: string) => T): T | null {
  return isNil(liquidValue(input)) ? null : convert(toS(input));
}

function base64Decode(input: unknown): string {
  const s = toS(input);
  if (!STRICT_BASE64.test(s)) throw new Error('invalid base64 provided to base64_decode');
  return Buffer.from(s, 'base64').toString('utf8');
}

function base64UrlSafeDecode(input: unknown): string {
  const s = toS(input);
  if (!URL_SAFE_BASE64.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
    throw new Error('invalid base64 provided to base64_url_safe_decode');
  }
  return Buffer.from(s, 'base64url').toString('utf8');
}

export const htmlFilters: FilterTable = {
  escape: (input: unknown) => nilOr(input, escapeHtml),
  h: (input: unknown) => nilOr(input, escapeHtml),
  escape_once: (input: unknown) => escapeHtmlOnce(toS(input)),
  strip_html: (input: unknown) => toS(input).replace(HTML_BLOCKS, '').replace(HTML_TAGS, ''),
  url_encode: (input: unknown) => nilOr(input, cgiEscape),
  url_decode: (input: unknown) => nilOr(input, cgiUnescape),
  base64_encode: (input: unknown) => Buffer.from(toS(input), 'utf8').toString('base64'),
  base64_decode: base64Decode,
  base64_url_safe_encode: (input: unknown) =>
    Buffer.from(toS(input), 'utf8').toString('base64').replaceAll('+', '-').replaceAll('/', '_'),
  base64_url_safe_decode: base64UrlSafeDecode,
};
