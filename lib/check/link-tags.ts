import fs from 'node:fs';
import { DependencyTracker } from '../deps/tracker.js';
import { collectionDocuments, type Site } from '../model/site.js';
import { createLiquidServices } from '../render/liquid-services.js';
import type { Finding } from './finding.js';
import { shownPath } from './page-sources.js';
import { siteTemplateFiles } from './site-templates.js';

const LINK_TAG = /\{%-?\s*(link|post_url)\s+(.+?)\s*-?%\}/g;

/**
 * `{% link path %}` and `{% post_url name %}` tags whose target does not exist, found in the source
 * before building (the build itself stops at the first one). Paths built by Liquid are left to the build.
 */
export function missingLinkTagTargets(site: Site, themeDir: string | null): Finding[] {
  const services = createLiquidServices({
    site,
    themeDir,
    liquid: () => {
      throw new Error('link targets need no Liquid');
    },
    relativeUrl: (url) => url,
    highlight: (code) => code,
    deps: new DependencyTracker(),
    cachedIncludes: new Map(),
  });
  const exists = (tag: string, argument: string) => (tag === 'link' ? services.linkTarget(argument) : services.postUrl(argument)) !== null;
  return templateFiles(site).flatMap((file) => findingsIn(file, site.config.source, exists));
}

function findingsIn(file: string, source: string, exists: (tag: string, argument: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  const lines = withoutLiteralBlocks(fs.readFileSync(file, 'utf8')).split(/\r?\n/);
  lines.forEach((line, index) => {
    for (const match of line.matchAll(LINK_TAG)) {
      const [, tag, argument] = match;
      if (argument.includes('{{') || exists(tag, argument)) continue;
      findings.push({
        file: shownPath(source, file),
        line: index + 1,
        problem: tag === 'link' ? 'missing {% link %} target' : 'missing {% post_url %} target',
        target: argument,
        text: '',
        detail: tag === 'link' ? 'no page, document or file has this path' : 'no post has this name',
        alsoOn: 0,
      });
    }
  });
  return findings;
}

/** `{% raw %}` and `{% comment %}` blocks are not rendered: blanked, keeping line breaks. */
function withoutLiteralBlocks(text: string): string {
  return text.replace(/\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g, (block) => block.replace(/[^\n]/g, ' '));
}

/** Pages, documents, and the site's own layouts and includes. */
function templateFiles(site: Site): string[] {
  const documents = [...site.pages, ...collectionDocuments(site)].map((d) => d.absolutePath);
  return [...documents, ...siteTemplateFiles(site.config)];
}
