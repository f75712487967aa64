import type { LexerDefinition } from './lexer-definition.js';
import { createConsoleLexer } from './lexers/console.js';
import { createCssLexer } from './lexers/css.js';
import { createDiffLexer } from './lexers/diff.js';
import { createHtmlLexer } from './lexers/html.js';
import { createJavascriptLexer } from './lexers/javascript.js';
import { createJsonLexer } from './lexers/json.js';
import { createPlainTextLexer } from './lexers/plaintext.js';
import { createLiquidLexer } from './lexers/liquid.js';
import { createMarkdownLexer } from './lexers/markdown.js';
import { createPythonLexer } from './lexers/python.js';
import { createRubyLexer } from './lexers/ruby.js';
import { createScssLexer } from './lexers/scss.js';
import { createShellLexer } from './lexers/shell.js';
import { createTypescriptLexer } from './lexers/typescript.js';
import { createXmlLexer } from './lexers/xml.js';
import { createYamlLexer } from './lexers/yaml.js';

/**
 * The Rouge lexers this project re-implements, by Rouge tag. Each factory compiles its
 * lexer's patterns only when called, so a lexer costs nothing until a code block uses it.
 */
export const LEXER_FACTORIES: Readonly<Record<string, () => LexerDefinition>> = {
  console: createConsoleLexer,
  css: createCssLexer,
  diff: createDiffLexer,
  html: createHtmlLexer,
  javascript: createJavascriptLexer,
  json: createJsonLexer,
  plaintext: createPlainTextLexer,
  liquid: createLiquidLexer,
  markdown: createMarkdownLexer,
  python: createPythonLexer,
  ruby: createRubyLexer,
  scss: createScssLexer,
  shell: createShellLexer,
  typescript: createTypescriptLexer,
  xml: createXmlLexer,
  yaml: createYamlLexer,
};
