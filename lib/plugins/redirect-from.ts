import fs from 'node:fs';
import path from 'node:path';
import { isHash } from '../config/merge.js';
import { urlFilters } from '../liquid/filters/url.js';
import type { Document } from '../model/document.js';
import { writtenDocuments, type Site } from '../model/site.js';
import type { JtdPlugin } from './plugin.js';
import { editDocument } from './page-edit.js';
import { configFile, virtualPage } from './virtual-page.js';

/** The page every redirect renders, unless the site has its own `redirect` layout. */
const REDIRECT_LAYOUT = [
  '<!DOCTYPE html>',
  '<html lang="en-US">',
  '  <meta charset="utf-8">',
  '  <title>Redirecting&hellip;</title>',
  '  <link rel="canonical" href="{{ page.redirect.to }}">',
  '  <script>location="{{ page.redirect.to }}"</script>',
  '  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">',
  '  <meta name="robots" content="noindex">',
  '  <h1>Redirecting&hellip;</h1>',
  '  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>',
  '</html>',
  '',
].join('\n');

/**
 * jekyll-redirect-from 0.16: each `redirect_from` path of a page or written document gets a page that
 * redirects to it; a page with `redirect_to` becomes such a redirect itself; `redirects.json` maps
 * every redirect (unless `redirect_from.json: false`).
 */
export const redirectFrom: JtdPlugin = {
  name: 'jekyll-redirect-from',
  afterReadIgnoresBodies: true,
  afterRead(site: Site): void {
    if (!site.layouts.has('redirect')) {
      site.layouts.set('redirect', { name: 'redirect', sourcePath: 'redirect.html', data: {}, content: REDIRECT_LAYOUT, bodyLine: 1 });
    }
    const absoluteUrl = urlFilters({ url: site.config.url, baseurl: site.config.baseurl }).absolute_url as (u: string) => unknown;
    const target = (to: string): string => (/^https?:\/\//.test(to) ? to : String(absoluteUrl(to)));
    const redirects: [string, string][] = [];
    const written = writtenDocuments(site);
    for (const doc of [...written, ...site.pages]) {
      for (const from of redirectFromPaths(doc)) {
        const redirect = redirectData(from, target(doc.url));
        site.pages.push(virtualPage(site, { name: 'redirect.html', permalink: redirect.permalink, data: redirect, key: `redirect:${redirect.permalink}`, madeFrom: doc.absolutePath }));
        redirects.push([redirect.permalink, redirect.redirect.to]);
      }
      const to = redirectTo(doc);
      if (to === null) continue;
      const redirect = redirectData(doc.url, target(to));
      editDocument(site, doc, { data: redirect, content: '' });
      redirects.push([redirect.permalink, redirect.redirect.to]);
    }
    if (wantsJson(site)) site.pages.push(redirectsJson(site, redirects));
  },
};

function redirectData(from: string, to: string) {
  const permalink = from.startsWith('/') ? from : `/${from}`;
  return { sitemap: false, layout: 'redirect', permalink, redirect: { from: permalink, to } };
}

function redirectFromPaths(doc: Document): string[] {
  const value = doc.kind === 'page' ? doc.liquid.redirect_from : doc.data.redirect_from;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v) => v !== null && v !== undefined).map(String);
}

function redirectTo(doc: Document): string | null {
  const value = doc.kind === 'page' ? doc.liquid.redirect_to : doc.data.redirect_to;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null || first === false ? null : String(first);
}

function wantsJson(site: Site): boolean {
  const options = site.config.site.redirect_from;
  if (isHash(options) && options.json === false) return false;
  return !fs.existsSync(path.join(site.config.source, 'redirects.json'));
}

function redirectsJson(site: Site, redirects: [string, string][]): Document {
  const content = JSON.stringify(Object.fromEntries(redirects));
  return virtualPage(site, { name: 'redirects.json', data: { layout: null }, content, key: 'redirect:redirects.json', madeFrom: configFile(site) });
}
