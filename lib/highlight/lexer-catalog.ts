import { createHighlighter, type Highlighter } from './highlighter.js';
import type { LexerDefinition } from './lexer-definition.js';
import { createCLexer } from './lexers/c.js';
import { createConsoleLexer } from './lexers/console.js';
import { createCppLexer } from './lexers/cpp.js';
import { createCssLexer } from './lexers/css.js';
import { createDiffLexer } from './lexers/diff.js';
import { createHtmlLexer } from './lexers/html.js';
import { createHttpLexer } from './lexers/http.js';
import { createIniLexer } from './lexers/ini.js';
import { createJavascriptLexer } from './lexers/javascript.js';
import { createJsonLexer } from './lexers/json.js';
import { createPlainTextLexer } from './lexers/plaintext.js';
import { createLiquidLexer } from './lexers/liquid.js';
import { createMarkdownLexer } from './lexers/markdown.js';
import { createPowershellLexer } from './lexers/powershell.js';
import { createPythonLexer } from './lexers/python.js';
import { createRubyLexer } from './lexers/ruby.js';
import { createScssLexer } from './lexers/scss.js';
import { createShellLexer } from './lexers/shell.js';
import { createTypescriptLexer } from './lexers/typescript.js';
import { createXmlLexer } from './lexers/xml.js';
import { createYamlLexer } from './lexers/yaml.js';

/**
 * All the Rouge lexers this project re-implements, by Rouge tag, loaded eagerly (for tests,
 * tools and callers that prefer no asynchronous step). Each factory compiles its lexer's
 * patterns only when called. The build itself loads lexers lazily through lexer-modules.ts.
 */
export const LEXER_FACTORIES: Readonly<Record<string, () => LexerDefinition>> = {
  c: createCLexer,
  console: createConsoleLexer,
  cpp: createCppLexer,
  css: createCssLexer,
  diff: createDiffLexer,
  html: createHtmlLexer,
  http: createHttpLexer,
  ini: createIniLexer,
  javascript: createJavascriptLexer,
  json: createJsonLexer,
  plaintext: createPlainTextLexer,
  liquid: createLiquidLexer,
  markdown: createMarkdownLexer,
  powershell: createPowershellLexer,
  python: createPythonLexer,
  ruby: createRubyLexer,
  scss: createScssLexer,
  shell: createShellLexer,
  typescript: createTypescriptLexer,
  xml: createXmlLexer,
  yaml: createYamlLexer,
};

/** A highlighter with every lexer available at once, no `prepare` needed. */
export function createFullHighlighter(): Highlighter {
  return createHighlighter({ ...LEXER_FACTORIES });
}
