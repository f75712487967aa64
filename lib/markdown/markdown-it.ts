import MarkdownItModule from 'markdown-it';

/**
 * markdown-it from its ES module sources. The command's bundle carries them inlined (see the `build` script), so
 * they cost one file to load; its one-file CommonJS build is slower to run: every Unicode punctuation test goes
 * through a getter of the interop object it wraps `uc.micro` in (about 40 ms on 1,000 plain pages).
 */
export const MarkdownIt = MarkdownItModule;
export type MarkdownIt = MarkdownItModule;
