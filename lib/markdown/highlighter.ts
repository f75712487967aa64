import { escapeHtml } from './html-escape.js';

/** What the Markdown layer needs from a Rouge-compatible highlighter. */
export interface CodeHighlighter {
  /** Rouge's lexer tag for a fence language or alias (case-sensitive), null when Rouge has none. */
  findLexer(lang: string): string | null;
  /** Escaped HTML of `code`, with Rouge's token spans. */
  highlight(code: string, lexer: string): string;
}

/** A few Rouge lexer tags and aliases, used when no real highlighter is configured. */
const COMMON_ROUGE_LEXERS: Record<string, string> = {
  plaintext: 'plaintext', text: 'plaintext',
  ruby: 'ruby', rb: 'ruby',
  javascript: 'javascript', js: 'javascript',
  typescript: 'typescript', ts: 'typescript',
  python: 'python', py: 'python',
  shell: 'shell', bash: 'shell', sh: 'shell', zsh: 'shell', ksh: 'shell',
  console: 'console', terminal: 'console', 'shell-session': 'console',
  yaml: 'yaml', yml: 'yaml',
  json: 'json',
  html: 'html', xml: 'xml',
  css: 'css', scss: 'scss', sass: 'sass',
  markdown: 'markdown', md: 'markdown', mkd: 'markdown',
  liquid: 'liquid', diff: 'diff', patch: 'diff',
  c: 'c', cpp: 'cpp', 'c++': 'cpp', java: 'java', go: 'go', rust: 'rust', rs: 'rust',
  php: 'php', sql: 'sql', erb: 'erb', toml: 'toml', ini: 'ini',
  docker: 'docker', dockerfile: 'docker', make: 'make', makefile: 'make',
  powershell: 'powershell', posh: 'powershell', ps1: 'powershell',
};

/** Keeps the Rouge wrapper structure without token spans. */
export function createFallbackHighlighter(): CodeHighlighter {
  return {
    findLexer: (lang) => (Object.hasOwn(COMMON_ROUGE_LEXERS, lang) ? COMMON_ROUGE_LEXERS[lang] : null),
    highlight: (code) => escapeHtml(code),
  };
}
