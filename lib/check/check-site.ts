import type { SiteConfig } from '../config/config.js';
import type { Site } from '../model/site.js';
import { checkOutput, type OutputCheckResult } from './check-output.js';
import type { Finding } from './finding.js';
import { missingLinkTagTargets } from './link-tags.js';
import { pageSources, shownPath, templateSources } from './page-sources.js';

/** Checks to run before building: `{% link %}` and `{% post_url %}` targets, read from the source. */
export function checkSources(site: Site, themeDir: string | null): Finding[] {
  return missingLinkTagTargets(site, themeDir);
}

/** Checks of the built site in the destination: links, anchors, images and assets. */
export function checkBuiltSite(config: SiteConfig, site: Site): OutputCheckResult {
  return checkOutput({
    destination: config.destination,
    shownDestination: shownPath(config.source, config.destination),
    baseurl: config.baseurl,
    sources: pageSources(site),
    templates: templateSources(site),
  });
}

/** Findings in a stable order: by file, then line. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

