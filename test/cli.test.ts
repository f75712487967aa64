import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../lib/cli.js';
import { parseServeFlags } from '../lib/cli/args.js';
import { capturedIo } from '../lib/cli/captured-io.js';
import { ProgressLine } from '../lib/cli/progress.js';
import { BuildProfile } from '../lib/build/profile.js';
import { wantsColour } from '../lib/cli/terminal.js';

async function run(args: string[], options: Parameters<typeof capturedIo>[0] = {}): Promise<{ status: number; out: string; err: string }> {
  const io = capturedIo(options);
  const status = await main(args, io);
  return { status, out: io.out(), err: io.err() };
}

function site(files: Record<string, string>): string {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-cli-'));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(source, file), text);
  return source;
}

test('jtd help lists every command; jtd help COMMAND and COMMAND --help show its options', async () => {
  const general = await run(['help']);
  assert.is(general.status, 0);
  for (const command of ['new', 'build', 'serve', 'check', 'help']) assert.match(general.out, new RegExp(`jtd ${command}\\b`));
  const build = await run(['help', 'build']);
  assert.match(build.out, /--destination DIR/);
  assert.match(build.out, /--check/);
  assert.is((await run(['build', '--help'])).out, build.out);
  assert.match((await run(['help', 'serve'])).out, /--no-livereload/);
  assert.match((await run(['help', 'new'])).out, /--force/);
  assert.match((await run(['help', 's'])).out, /Usage: jtd serve/, 'aliases have help too');
});

test('an unknown command or option says what was meant', async () => {
  const command = await run(['buidl']);
  assert.is(command.status, 2);
  assert.match(command.err, /unknown command 'buidl'\. Did you mean 'jtd build'\?/);
  const option = await run(['build', '--destinaton', 'x']);
  assert.is(option.status, 2);
  assert.match(option.err, /Unknown option --destinaton for 'jtd build'\. Did you mean --destination\? Run 'jtd help build'/);
  const far = await run(['serve', '--zzzzzz']);
  assert.not.match(far.err, /Did you mean/);
  const topic = await run(['help', 'chek']);
  assert.match(topic.err, /Did you mean 'jtd check'/);
});

test('colours only on a terminal, never with NO_COLOR, always with FORCE_COLOR', () => {
  assert.is(wantsColour(true, {}), true);
  assert.is(wantsColour(false, {}), false);
  assert.is(wantsColour(true, { NO_COLOR: '1' }), false);
  assert.is(wantsColour(false, { FORCE_COLOR: '1' }), true);
  assert.is(wantsColour(true, { TERM: 'dumb' }), false);
});

test('a build ends with one summary line; --quiet drops it; warnings are counted and coloured on a terminal', async () => {
  const source = site({ '_config.yml': 'timezone: UTC\n', 'index.md': '---\nlayout: nowhere\n---\nHi\n', 'a.txt': 'x' });
  const destination = path.join(source, '_site');
  const normal = await run(['build', '-s', source, '-d', destination]);
  assert.is(normal.status, 0);
  const last = normal.err.trim().split('\n').pop()!;
  assert.match(last, /^Built 1 page and 1 file in \d+\.\d\d s, 1 warning\.$/);
  assert.not.match(normal.err, /\u001b\[/, 'no colour codes off a terminal');
  const coloured = await run(['build', '-s', source, '-d', destination], { colour: true });
  assert.match(coloured.err, /\u001b\[33m/);
  const quiet = await run(['build', '-q', '-s', source, '-d', destination]);
  assert.not.match(quiet.err, /Built/);
  assert.match(quiet.err, /Warning/, 'quiet still prints warnings');
});

test('a build failure prints the error and exits with status 1', async () => {
  const source = site({ '_config.yml': 'timezone: UTC\n', 'index.md': '---\n---\n{% include missing.html %}\n' });
  const result = await run(['build', '-s', source, '-d', path.join(source, '_site')]);
  assert.is(result.status, 1);
  assert.match(result.err, /index\.md:3:\d+: Error: .*missing\.html/);
});

test('the progress line appears on a terminal after a second and is erased at the end', async () => {
  let written = '';
  const terminal = { write: (text: string) => void (written += text), interactive: true, colour: false };
  const progress = new ProgressLine(terminal, 'Building…').start();
  await new Promise((resolve) => setTimeout(resolve, 1400));
  progress.print('a message');
  progress.stop();
  assert.match(written, /\r\u001b\[2KBuilding… 1\.\d s/);
  assert.match(written, /a message\n/);
  assert.ok(written.endsWith('\r\u001b[2K') || written.endsWith('a message\n'));
  let silent = '';
  const pipe = { write: (text: string) => void (silent += text), interactive: false, colour: false };
  const none = new ProgressLine(pipe, 'Building…').start();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  none.stop();
  assert.is(silent, '', 'nothing drawn off a terminal');
});

test('jtd build --disable-disk-cache neither reads nor writes .jtd-cache', async () => {
  const source = site({ '_config.yml': 'timezone: UTC\n', 'a.md': '---\n---\n# A\n' });
  const destination = path.join(source, '_site');
  const uncached = await run(['build', '-s', source, '-d', destination, '--disable-disk-cache']);
  assert.is(uncached.status, 0, uncached.err);
  assert.not.ok(fs.existsSync(path.join(source, '.jtd-cache')));
  assert.match(fs.readFileSync(path.join(destination, 'a.html'), 'utf8'), '<h1 id="a">A</h1>');
  assert.is((await run(['build', '-s', source, '-d', destination])).status, 0);
  assert.ok(fs.existsSync(path.join(source, '.jtd-cache/markdown')));
});

test('Jekyll commands as users type them: --limit_posts N, -I / --incremental, --strict_front_matter; --limit_posts x is refused', async () => {
  const source = site({ '_config.yml': 'timezone: UTC\n', 'index.html': '---\n---\n{{ site.posts.size }}' });
  fs.mkdirSync(path.join(source, '_posts'));
  for (const day of ['01', '02', '03']) fs.writeFileSync(path.join(source, `_posts/2023-01-${day}-post.md`), '---\n---\nText\n');
  const destination = path.join(source, '_site');
  const limited = await run(['build', '-s', source, '-d', destination, '--limit_posts', '2', '-I']);
  assert.is(limited.status, 0, limited.err);
  assert.is(fs.readFileSync(path.join(destination, 'index.html'), 'utf8'), '2');
  assert.is((await run(['build', '-s', source, '-d', destination, '--incremental'])).status, 0);
  assert.is(fs.readFileSync(path.join(destination, 'index.html'), 'utf8'), '3');
  const wrong = await run(['build', '-s', source, '--limit_posts', 'x']);
  assert.is(wrong.status, 2);
  assert.match(wrong.err, "--limit_posts needs a number of posts (0 or more), not 'x'.");
  fs.writeFileSync(path.join(source, 'bad.md'), '---\ntitle: [unclosed\n---\nText\n');
  assert.is((await run(['build', '-s', source, '-d', destination])).status, 0, 'invalid front matter is a warning');
  const strict = await run(['build', '-s', source, '-d', destination, '--strict_front_matter']);
  assert.is(strict.status, 1);
  assert.match(strict.err, 'bad.md');
  const serve = parseServeFlags(['--watch', '--force_polling', '--incremental', '--livereload', '--limit_posts', '5']);
  assert.equal([serve.watch, serve.forcePolling, serve.incremental, serve.liveReload, serve.limitPosts], [true, true, true, true, '5']);
});

test('jtd --version prints the version', async () => {
  const result = await run(['--version']);
  assert.match(result.out, /^jtd \d+\.\d+\.\d+\n$/);
});


test('--profile prints each stage and the templates that took the time: pages, layouts and includes, with their renders', async () => {
  const source = site({
    '_config.yml': 'timezone: UTC\n',
    'a.md': '---\nlayout: page\n---\nA\n',
    'b.md': '---\nlayout: page\n---\nB {% include note.html %}\n',
  });
  fs.mkdirSync(path.join(source, '_layouts'));
  fs.writeFileSync(path.join(source, '_layouts/page.html'), '<main>{% include note.html %}{{ content }}</main>\n');
  fs.mkdirSync(path.join(source, '_includes'));
  fs.writeFileSync(path.join(source, '_includes/note.html'), '<b>{{ page.url }}</b>');
  const { status, out } = await run(['build', '-s', source, '-d', path.join(source, '_site'), '--profile']);
  assert.is(status, 0);
  for (const stage of ['read', 'render and write pages', 'write the rest']) assert.match(out, new RegExp(`^\\| ${stage} \\| \\d+\\.\\d{3} \\|$`, 'm'));
  const renders = (file: string) => Number(new RegExp(`^\\| ${file.replaceAll('.', '\\.')} \\| (\\d+) \\|`, 'm').exec(out)?.[1]);
  assert.is(renders('_includes/note.html'), 3, 'twice from the layout, once from b.md');
  assert.is(renders('_layouts/page.html'), 2);
  assert.is(renders('b.md'), 1);
  assert.is(fs.readFileSync(path.join(source, '_site/b.html'), 'utf8').split('<b>/b.html</b>').length, 3);
});

test("--profile names the theme's templates by their path in the theme, as Jekyll does, and the site's by their path in the site", () => {
  const profile = new BuildProfile();
  profile.showPathsFrom('/sites/docs', '/gems/theme');
  profile.template('../../gems/theme/_layouts/default.html', 2);
  profile.template('../../gems/theme/_layouts/default.html', 3);
  profile.template('_layouts/page.html', 1);
  profile.template('../elsewhere/x.html', 1);
  const table = profile.table();
  assert.match(table, /^\| _layouts\/default\.html \| 2 \| 0\.005 \|$/m);
  assert.match(table, /^\| _layouts\/page\.html \| 1 \| 0\.001 \|$/m);
  assert.match(table, /^\| \.\.\/elsewhere\/x\.html \| 1 \|/m);
});

test.run();
