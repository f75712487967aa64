import { createRequire } from 'node:module';
import type MarkdownItModule from 'markdown-it';

/**
 * markdown-it's constructor from its one-file CommonJS build: importing the package as ES modules loads
 * its many source files one by one (about 40 ms of every run, against 15 ms). Types come from the package.
 */
export const MarkdownIt = createRequire(import.meta.url)('markdown-it') as typeof MarkdownItModule;
export type MarkdownIt = MarkdownItModule;
