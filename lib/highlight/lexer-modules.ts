import type { LexerDefinition } from './lexer-definition.js';

type LexerFactory = () => LexerDefinition;

/** How to load one re-implemented lexer, and which other lexers it hands text to. */
export interface LexerModule {
  readonly load: () => Promise<LexerFactory>;
  readonly uses: readonly string[];
}

/** Every lexer this project re-implements, by Rouge tag, loaded only when asked for. */
export const LEXER_MODULES: Readonly<Record<string, LexerModule>> = {
  c: { load: async () => (await import('./lexers/c.js')).createCLexer, uses: [] },
  console: { load: async () => (await import('./lexers/console.js')).createConsoleLexer, uses: ['shell'] },
  cpp: { load: async () => (await import('./lexers/cpp.js')).createCppLexer, uses: [] },
  css: { load: async () => (await import('./lexers/css.js')).createCssLexer, uses: [] },
  diff: { load: async () => (await import('./lexers/diff.js')).createDiffLexer, uses: [] },
  html: { load: async () => (await import('./lexers/html.js')).createHtmlLexer, uses: ['javascript', 'css'] },
  // The body goes to the lexer of its Content-Type, which may be any.
  http: { load: async () => (await import('./lexers/http.js')).createHttpLexer, uses: ['*'] },
  ini: { load: async () => (await import('./lexers/ini.js')).createIniLexer, uses: [] },
  javascript: { load: async () => (await import('./lexers/javascript.js')).createJavascriptLexer, uses: [] },
  json: { load: async () => (await import('./lexers/json.js')).createJsonLexer, uses: [] },
  liquid: { load: async () => (await import('./lexers/liquid.js')).createLiquidLexer, uses: [] },
  // Fenced code inside Markdown may be in any language.
  markdown: { load: async () => (await import('./lexers/markdown.js')).createMarkdownLexer, uses: ['*'] },
  plaintext: { load: async () => (await import('./lexers/plaintext.js')).createPlainTextLexer, uses: [] },
  powershell: { load: async () => (await import('./lexers/powershell.js')).createPowershellLexer, uses: [] },
  python: { load: async () => (await import('./lexers/python.js')).createPythonLexer, uses: [] },
  ruby: { load: async () => (await import('./lexers/ruby.js')).createRubyLexer, uses: [] },
  scss: { load: async () => (await import('./lexers/scss.js')).createScssLexer, uses: [] },
  shell: { load: async () => (await import('./lexers/shell.js')).createShellLexer, uses: [] },
  typescript: { load: async () => (await import('./lexers/typescript.js')).createTypescriptLexer, uses: [] },
  xml: { load: async () => (await import('./lexers/xml.js')).createXmlLexer, uses: [] },
  yaml: { load: async () => (await import('./lexers/yaml.js')).createYamlLexer, uses: [] },
};

/** The tags to load for `tags`: those re-implemented, plus the lexers they hand text to. */
export function lexerTagsToLoad(tags: Iterable<string>): Set<string> {
  const wanted = new Set<string>();
  const visit = (tag: string): void => {
    if (tag === '*') {
      Object.keys(LEXER_MODULES).forEach(visit);
      return;
    }
    if (wanted.has(tag) || !Object.hasOwn(LEXER_MODULES, tag)) return;
    wanted.add(tag);
    LEXER_MODULES[tag]?.uses.forEach(visit);
  };
  for (const tag of tags) visit(tag);
  return wanted;
}
