import fs from 'node:fs';
import path from 'node:path';
import { collectionDocuments, type Site } from '../model/site.js';
import type { DoctorFinding } from './finding.js';

/** Include names of older just-the-docs versions that the bundled theme never includes, with what to do instead. */
const RETIRED_INCLUDES: Readonly<Record<string, string>> = {
  'head_nav.html': 'just-the-docs 0.6 used it for the nav activation styles; the theme now writes them itself. Remove the file.',
  'sorted_pages.html': 'just-the-docs 0.5–0.9 sorted the nav with it; the nav is now ordered by nav_order and title. Remove the file.',
  'components/nav/children.html': 'an inner part of the 0.10 nav; override components/nav/pages.html to change the page lists.',
  'components/nav/sorted.html': 'an inner part of the 0.10 nav; override components/nav/pages.html to change the page lists.',
  'css/just-the-docs.scss.liquid': 'just-the-docs 0.2–0.3 built its stylesheet from it; put your styles in _sass/custom/custom.scss.',
  'css/custom.scss.liquid': 'just-the-docs 0.2–0.3 read custom styles from it; move them to _sass/custom/custom.scss.',
  'css/callouts.scss.liquid': 'just-the-docs 0.4–0.5 made callout styles with it; callouts are configured with callouts: in _config.yml.',
};

const INCLUDE_TAG = /\{%-?\s*include(?:_cached)?\s+([^\s%}]+)/g;

/** Site includes of retired names that nothing includes any more, and includes that neither the site nor the theme has. */
export function checkOverrides(site: Site, themeDir: string | null): DoctorFinding[] {
  const siteIncludes = path.join(site.config.source, site.config.includesDir);
  const themeIncludes = themeDir ? path.join(themeDir, '_includes') : null;
  const templates = templateFiles(site, themeDir);
  const used = new Set(templates.flatMap((t) => includedNames(t.text)));
  const findings: DoctorFinding[] = [];
  for (const [name, advice] of Object.entries(RETIRED_INCLUDES)) {
    if (fs.existsSync(path.join(siteIncludes, name)) && !used.has(name)) {
      findings.push({ file: `${site.config.includesDir}/${name}`, message: `the theme no longer includes this file: ${advice}` });
    }
  }
  for (const template of templates.filter((t) => t.own)) {
    for (const name of new Set(includedNames(template.text))) {
      if (name.includes('{{') || fs.existsSync(path.join(siteIncludes, name))) continue;
      if (themeIncludes && fs.existsSync(path.join(themeIncludes, name))) continue;
      findings.push({ file: template.file, message: `includes ${name}, which neither the site's ${site.config.includesDir}/ nor the theme has. Add the file or remove the include.` });
    }
  }
  return findings;
}

interface TemplateText {
  file: string;
  text: string;
  /** A layout or include of the site's own (checked for missing includes; pages are not: they may show include tags as examples). */
  own: boolean;
}

function templateFiles(site: Site, themeDir: string | null): TemplateText[] {
  const own = [...walk(site.config.source, site.config.layoutsDir), ...walk(site.config.source, site.config.includesDir)];
  const theme = themeDir ? [...walk(themeDir, '_layouts'), ...walk(themeDir, '_includes')] : [];
  const pages = [...site.pages, ...collectionDocuments(site)].map((d) => ({ file: d.sourcePath, text: d.rawContent, own: false }));
  return [...own.map((t) => ({ ...t, own: true })), ...theme.map((t) => ({ ...t, own: false })), ...pages];
}

function walk(root: string, dir: string): { file: string; text: string }[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return walk(root, rel);
    return [{ file: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') }];
  });
}

function includedNames(text: string): string[] {
  return [...text.matchAll(INCLUDE_TAG)].map((m) => m[1]);
}
