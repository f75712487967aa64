import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runDoctor } from '../lib/doctor/run-doctor.js';
import { formatDoctorFinding } from '../lib/doctor/finding.js';

async function doctorOf(files: Record<string, string>): Promise<string[]> {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-doctor-test-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  const findings = await runDoctor({ source, environment: 'development' });
  return findings.map(formatDoctorFinding);
}

const page = (front: string, body = 'Text.\n') => `---\n${front}\n---\n${body}`;
const THEME = 'title: T\ntheme: just-the-docs\ndefaults: [{scope: {path: ""}, values: {layout: default}}]\n';

test('a clean site needs nothing', async () => {
  assert.equal(await doctorOf({ '_config.yml': 'title: T\n', 'index.md': page('title: Home', '[About](about.html)\n'), 'about.md': page('title: About') }), []);
});

test('unsupported plugins and Ruby plugins: one line each; supported and built-in ones are not listed', async () => {
  const lines = await doctorOf({
    '_config.yml': 'plugins: [jekyll-archives, jekyll-seo-tag, jekyll-feed, jekyll-include-cache, jekyll-gist]\n',
    '_plugins/custom_tag.rb': 'module Jekyll; end\n',
    'index.md': page('title: Home'),
  });
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.match(lines[0], /^_config\.yml: The plugin 'jekyll-archives' is not supported by jtd/);
  assert.match(lines[1], /^_config\.yml: The plugin 'jekyll-gist' is only partly supported/);
  assert.match(lines[2], /^_plugins\/custom_tag\.rb: _plugins\/custom_tag\.rb is a Ruby plugin/);
});

test('a retired include of an older just-the-docs that nothing includes', async () => {
  const lines = await doctorOf({ '_config.yml': THEME, '_includes/head_nav.html': '<style></style>\n', 'index.md': page('title: Home') });
  assert.ok(lines.some((l) => l.startsWith('_includes/head_nav.html: the theme no longer includes this file')), lines.join('\n'));
});

test('an include that neither the site nor the theme has', async () => {
  const lines = await doctorOf({
    '_config.yml': 'title: T\n',
    '_layouts/default.html': '{% if false %}{% include gone.html %}{% endif %}{{ content }}',
    'index.md': page('title: Home\nlayout: default'),
  });
  assert.ok(lines.some((l) => l.startsWith('_layouts/default.html: includes gone.html')), lines.join('\n'));
});

test('orphan, ambiguous and looping parents', async () => {
  const lines = await doctorOf({
    '_config.yml': THEME,
    'index.md': page('title: Home'),
    'a.md': page('title: Setup\nparent: Alpha'),
    'alpha.md': page('title: Alpha'),
    'b.md': page('title: Setup\nparent: Beta'),
    'beta.md': page('title: Beta'),
    'notes.md': page('title: Notes\nparent: Setup'),
    'lost.md': page('title: Lost\nparent: Nowhere'),
    'x.md': page('title: X\nparent: Y'),
    'y.md': page('title: Y\nparent: X'),
  });
  assert.ok(lines.some((l) => l.startsWith("lost.md: parent: 'Nowhere' names no page")), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith("notes.md: parent: 'Setup' matches 2 pages (a.md, b.md)")), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('x.md: its parents lead back to itself (X → Y → X)')), lines.join('\n'));
});

test('a grand_parent that is not the parent of the named parent leaves the page out of the nav', async () => {
  const lines = await doctorOf({
    '_config.yml': THEME,
    'index.md': page('title: Home'),
    'api.md': page('title: API'),
    'ops.md': page('title: Operations\nparent: API'),
    'ops/step.md': page('title: step\nparent: Operations\ngrand_parent: Reference'),
    'ops/run.md': page('title: run\nparent: Operations\ngrand_parent: API'),
    'top-child.md': page('title: Child\nparent: API\ngrand_parent: Home'),
  });
  assert.ok(lines.some((l) => l.startsWith("ops/step.md: grand_parent: 'Reference' is not the parent of the page titled 'Operations' (its parent: 'API')")), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith("top-child.md: grand_parent: 'Home' is not the parent of the page titled 'API' (its parent: none: it is top-level)")), lines.join('\n'));
  assert.not.ok(lines.some((l) => l.startsWith('ops/run.md')), lines.join('\n'));
});

test('a build that stops on an error is one finding at its file and line; the findings before it stay', async () => {
  const lines = await doctorOf({
    '_config.yml': 'title: T\n',
    '_layouts/default.html': '<main>\n{% include missing-part.html %}\n{{ content }}</main>\n',
    'index.md': page('title: Home\nparent: Nowhere\nlayout: default'),
  });
  assert.ok(lines.some((l) => l.startsWith("index.md: parent: 'Nowhere' names no page")), lines.join('\n'));
  const failure = lines.find((l) => l.includes('the build stops here'));
  assert.ok(failure, lines.join('\n'));
  assert.match(failure!, /^_layouts\/default\.html:2: the build stops here: .*missing-part\.html.*\(from index\.md\)\. Links in the built pages were not checked\.$/);
});

test('a color_scheme that neither the site nor the theme has; a scheme of the site\'s own is fine', async () => {
  const missing = await doctorOf({ '_config.yml': `${THEME}color_scheme: corporate\n`, 'index.md': page('title: Home') });
  assert.ok(missing.some((l) => l.startsWith('_config.yml: color_scheme: corporate names no colour scheme')), missing.join('\n'));
  const own = await doctorOf({
    '_config.yml': `${THEME}color_scheme: corporate\n`,
    '_sass/color_schemes/corporate.scss': '$link-color: #123456;\n',
    'index.md': page('title: Home'),
  });
  assert.not.ok(own.some((l) => l.includes('color_scheme')), own.join('\n'));
  const dark = await doctorOf({ '_config.yml': `${THEME}color_scheme: dark\n`, 'index.md': page('title: Home') });
  assert.not.ok(dark.some((l) => l.includes('color_scheme')), dark.join('\n'));
});

test('a build warning is one line at its file and line, without the code frame', async () => {
  const lines = await doctorOf({ '_config.yml': 'title: T\n', 'index.md': page('title: Home'), 'away.md': page('title: Away\nlayout: nowhere') });
  assert.equal(lines, ["away.md:3: build warning: Layout 'nowhere' requested in away.md does not exist."]);
});

test('links to missing pages and anchors, with the source line', async () => {
  const lines = await doctorOf({
    '_config.yml': 'title: T\n',
    'index.md': page('title: Home', 'Intro\n\n[gone](missing.html) and [part](about.html#nope) and [ok](about.html#here)\n'),
    'about.md': page('title: About', '## Here\n'),
  });
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^index\.md:6: broken link "gone" → missing\.html/);
  assert.match(lines[1], /^index\.md:6: missing anchor "part" → about\.html#nope/);
});

test('Markdown files without front matter in a site without a Gemfile: GitHub Pages would make them pages', async () => {
  const lines = await doctorOf({ '_config.yml': 'title: T\n', 'index.md': page('title: Home'), 'notes.md': '# Notes\n' });
  assert.ok(lines.some((l) => l.startsWith('notes.md: 1 Markdown file(s) have no front matter')), lines.join('\n'));
});

test.run();
