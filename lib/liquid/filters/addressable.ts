/**
 * The parts of Ruby's Addressable::URI that Jekyll's URL filters rely on:
 * `parse(...).absolute?`, `parse(...).normalize.to_s` and `normalize_component`.
 */
const URI_PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ftp: '21', tftp: '69' };

const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
/** The ASCII characters a URI component keeps as they are: `ascii[code]` is 1 for each (made once, from a character class). */
interface AllowedCharacters {
  readonly ascii: Uint8Array;
}

function allowedBy(characterClass: string): AllowedCharacters {
  const pattern = new RegExp(`^[${characterClass}]$`);
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = pattern.test(String.fromCharCode(code)) ? 1 : 0;
  return { ascii };
}

const PCHAR = allowedBy(`${UNRESERVED}${escapeClass(SUB_DELIMS)}:@`);
/** A path of PCHAR segments. */
const PATH = allowedBy(`${UNRESERVED}${escapeClass(SUB_DELIMS)}:@/`);
const FRAGMENT = allowedBy(`${UNRESERVED}${escapeClass(SUB_DELIMS)}:@/?`);
const QUERY = allowedBy(`${UNRESERVED}${escapeClass("!$'()*+,=:@/?")}`);
const COMPONENT = allowedBy(`${UNRESERVED}${escapeClass(SUB_DELIMS)}:/?#\\[\\]@`);
const PERCENT_BYTE = /^[0-9A-Fa-f]{2}$/;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

interface UriParts {
  scheme?: string;
  authority?: string;
  path: string;
  query?: string;
  fragment?: string;
}

function parseUri(input: string): UriParts {
  const m = URI_PARTS.exec(input) as RegExpExecArray;
  return { scheme: m[1], authority: m[2], path: m[3], query: m[4], fragment: m[5] };
}

/** Addressable's `absolute?`: the URI has a scheme. */
export function isAbsoluteUri(input: string): boolean {
  const scheme = parseUri(input).scheme;
  return scheme !== undefined && SCHEME.test(scheme);
}

/** Percent-decodes every `%XX` except those for characters in `leaveEncoded`, as bytes. */
function unencodeToBytes(component: string, leaveEncoded: string): number[] {
  const bytes: number[] = [];
  const raw = encoder.encode(component);
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === 0x25 && i + 2 < raw.length ? String.fromCharCode(raw[i + 1], raw[i + 2]) : '';
    if (PERCENT_BYTE.test(hex) && !leaveEncoded.includes(String.fromCharCode(parseInt(hex, 16)))) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(raw[i]);
    }
  }
  return bytes;
}

function normalizedText(bytes: number[]): Uint8Array {
  try {
    return encoder.encode(strictDecoder.decode(new Uint8Array(bytes)).normalize('NFKC'));
  } catch {
    return new Uint8Array(bytes);
  }
}

function percentByte(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Encodes every character outside `allowed` (and every byte of a non-ASCII character). */
function encodeBytes(bytes: Uint8Array, allowed: AllowedCharacters, keepPercent: (rest: Uint8Array, i: number) => boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const ch = String.fromCharCode(bytes[i]);
    if (bytes[i] < 0x80 && (allowed.ascii[bytes[i]] === 1 || (ch === '%' && keepPercent(bytes, i)))) out += ch;
    else out += percentByte(bytes[i]);
  }
  return out;
}

const NEVER = () => false;

function isEncodedPlus(bytes: Uint8Array, i: number): boolean {
  return bytes[i + 1] === 0x32 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x62);
}

function normalizeWith(component: string, allowed: AllowedCharacters, leaveEncoded = ''): string {
  if (alreadyNormal(component, allowed)) return component;
  const bytes = normalizedText(unencodeToBytes(component, leaveEncoded));
  return encodeBytes(bytes, allowed, leaveEncoded === '+' ? isEncodedPlus : NEVER);
}

/** ASCII made only of `allowed` characters, with nothing to decode: normalizing gives it back unchanged. */
function alreadyNormal(component: string, allowed: AllowedCharacters): boolean {
  for (let i = 0; i < component.length; i++) {
    const code = component.charCodeAt(i);
    if (code >= 0x80 || allowed.ascii[code] === 0) return false;
  }
  return true;
}

/** `Addressable::URI.normalize_component(input)` (Jekyll's `uri_escape`). */
export function normalizeComponent(component: string): string {
  return normalizeWith(component, COMPONENT);
}

/** RFC 3986 remove_dot_segments. */
function removeDotSegments(path: string): string {
  const input = path.split('/');
  const output: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const segment = input[i];
    const last = i === input.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..' && output.length > 1) output.pop();
      if (last) output.push('');
    } else {
      output.push(segment);
    }
  }
  return output.join('/');
}

function normalizeAuthority(authority: string, scheme: string | undefined): string {
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : '';
  let host = authority.slice(at + 1).toLowerCase();
  const port = /:(\d*)$/.exec(host);
  if (port && (port[1] === '' || DEFAULT_PORTS[scheme ?? ''] === port[1])) host = host.slice(0, port.index);
  return userinfo + host;
}

function normalizePath(path: string, scheme: string | undefined): string {
  // A path of allowed characters keeps each segment; only dot segments, if any, change it.
  const normal = alreadyNormal(path, PATH) ? path : path.trim().split('/').map((segment) => normalizeWith(segment, PCHAR)).join('/');
  const result = normal.includes('.') ? removeDotSegments(normal) : normal;
  return result === '' && scheme !== undefined && scheme in DEFAULT_PORTS ? '/' : result;
}

function normalizeQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => normalizeWith(pair, QUERY, '+'))
    .join('&');
}

/** `Addressable::URI.parse(input).normalize.to_s`. */
export function normalizeUri(input: string): string {
  const parts = parseUri(input);
  const scheme = parts.scheme?.toLowerCase();
  let out = scheme !== undefined ? `${scheme}:` : '';
  if (parts.authority !== undefined) out += `//${normalizeAuthority(parts.authority, scheme)}`;
  out += normalizePath(parts.path, scheme);
  const query = parts.query === undefined ? '' : normalizeQuery(parts.query);
  if (query !== '') out += `?${query}`;
  const fragment = parts.fragment === undefined ? '' : normalizeWith(parts.fragment, FRAGMENT);
  if (fragment !== '') out += `#${fragment}`;
  return out;
}
