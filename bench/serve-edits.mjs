// Save → all affected files written, for edits on a just-the-docs site kept up to date by a build session
// (the same code `jtd serve` runs after the watcher reports a change).
import fs from 'node:fs';
import path from 'node:path';
import { median } from './measure.mjs';

export async function measureEdits(source, destination, edits) {
  const { BuildSession } = await import('../dist/lib/build/session.js');
  const { Logger } = await import('../dist/lib/log/logger.js');
  const session = new BuildSession({ source, destination }, new Logger('quiet', () => {}));
  await session.build();
  const pages = fs.readdirSync(path.join(source, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  const page = path.join(source, 'docs', pages.find((f) => !f.includes('index')) ?? pages[0]);
  const include = path.join(source, '_includes', 'footer_custom.html');
  const kinds = {
    'body edit': (i) => {
      fs.writeFileSync(page, `${fs.readFileSync(page, 'utf8')}\nEdited paragraph ${i}.\n`);
      return page;
    },
    'title edit (every page’s nav)': (i) => {
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^title:.*$/m, `title: Renamed ${i}`));
      return page;
    },
    'include edit': (i) => {
      fs.mkdirSync(path.dirname(include), { recursive: true });
      fs.writeFileSync(include, `<p>Footer ${i}</p>\n`);
      return include;
    },
  };
  const results = {};
  for (const [name, edit] of Object.entries(kinds)) {
    const times = [];
    const cpu = [];
    let rendered = 0;
    for (let i = 0; i < edits; i++) {
      const changed = edit(i);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const summary = await session.update([changed]);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      rendered = summary.rendered;
    }
    const sorted = [...times].sort((a, b) => a - b);
    results[name] = { p50: median(times), p95: sorted[Math.floor(sorted.length * 0.95)], cpuP50: median(cpu), rendered };
  }
  return results;
}
