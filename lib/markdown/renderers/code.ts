import type Token from 'markdown-it/lib/token.mjs';
import type { KramdownSettings } from '../options.js';
import { escapeHtml } from '../html-escape.js';
import { type AttributeList, getAttribute, removeAttribute, renderAttributes, setAttribute } from './attributes.js';

const LANGUAGE_CLASS = /\blanguage-(\S+)/;

/** kramdown `extract_code_language!`: the `language-x` class names the language and is removed. */
function takeLanguageClass(attrs: AttributeList): string | null {
  const classes = getAttribute(attrs, 'class');
  if (classes === undefined) return null;
  const match = LANGUAGE_CLASS.exec(classes);
  if (!match) return null;
  const rest = classes.replace(LANGUAGE_CLASS, '').replace(/\s+/g, ' ').trim();
  if (rest === '') removeAttribute(attrs, 'class');
  else setAttribute(attrs, 'class', rest);
  return match[1];
}

/** kramdown `add_syntax_highlighter_to_class_attr` for Rouge. */
function addHighlighterClasses(attrs: AttributeList, lang: string | null): void {
  const classes = `${getAttribute(attrs, 'class') ?? ''} highlighter-rouge`.trimStart();
  setAttribute(attrs, 'class', lang === null ? classes : `language-${lang} ${classes}`);
}

interface Highlighted {
  html: string;
  lang: string | null;
}

/** Runs the highlighter the way kramdown's Rouge adapter decides to (nil when it would not). */
function highlight(code: string, lang: string | null, settings: KramdownSettings): Highlighted | null {
  const highlighter = settings.highlighter;
  if (highlighter === null) return null;
  const name = lang ?? settings.defaultLang;
  if (name === null) return null;
  const lexer = highlighter.findLexer(name.replace(/\?.*$/s, ''));
  if (lexer === null) return null;
  return { html: highlighter.highlight(code, lexer), lang: lang ?? settings.defaultLang };
}

function withTrailingNewline(code: string): string {
  return code.endsWith('\n') ? code : code + '\n';
}

/** Fenced and indented code blocks: Rouge's wrapper, or `<pre><code class="language-x">`. */
export function renderCodeBlock(token: Token, settings: KramdownSettings): string {
  const attrs: AttributeList = token.attrs ? token.attrs.map(([k, v]) => [k, v]) : [];
  const lang = takeLanguageClass(attrs);
  const code = withTrailingNewline(token.content);
  const fullLang = typeof token.meta?.fullLang === 'string' ? token.meta.fullLang : lang;
  const highlighted = highlight(code, fullLang, settings);
  if (highlighted) {
    addHighlighterClasses(attrs, lang ?? highlighted.lang);
    return `<div${renderAttributes(attrs)}><div class="highlight"><pre class="highlight"><code>${highlighted.html}</code></pre></div></div>\n`;
  }
  const codeClass = lang === null ? '' : ` class="language-${escapeHtml(lang)}"`;
  return `<pre${renderAttributes(attrs)}><code${codeClass}>${escapeHtml(code)}</code></pre>\n`;
}

/**
 * Code spans, by a renderer made once per settings: a span without attributes (nearly all of them) takes the default
 * language's lexer and start tag worked out once.
 */
export function codeSpanRenderer(settings: KramdownSettings): (token: Token) => string {
  const { highlighter, defaultLang } = settings;
  const lexer = highlighter === null || defaultLang === null ? null : highlighter.findLexer(defaultLang.replace(/\?.*$/s, ''));
  if (highlighter === null || lexer === null) return (token) => renderCodeSpan(token, settings);
  const open = `<code${renderAttributes([['class', `language-${defaultLang} highlighter-rouge`]])}>`;
  return (token) => (token.attrs === null ? `${open}${highlighter.highlight(token.content, lexer)}</code>` : renderCodeSpan(token, settings));
}

/** Code spans: `code.language-plaintext.highlighter-rouge`, or highlighted with an IAL `.language-x`. */
function renderCodeSpan(token: Token, settings: KramdownSettings): string {
  const attrs: AttributeList = token.attrs ? token.attrs.map(([k, v]) => [k, v]) : [];
  const classes = getAttribute(attrs, 'class');
  const lang = classes === undefined ? null : (LANGUAGE_CLASS.exec(classes)?.[1] ?? null);
  const highlighted = highlight(token.content, lang, settings);
  if (highlighted === null) return `<code${renderAttributes(attrs)}>${escapeHtml(token.content)}</code>`;
  if (lang !== null) {
    addHighlighterClasses(attrs, null);
  } else {
    addHighlighterClasses(attrs, highlighted.lang);
  }
  return `<code${renderAttributes(attrs)}>${highlighted.html}</code>`;
}
