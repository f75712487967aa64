// Preloaded into a measured process (node --import): prints its CPU time and peak memory when it exits, and, where
// Linux tells it (/proc/<pid>/task/<pid>/schedstat), how long the main thread ran and how long it was ready to run
// but waited for a core (on a machine of two cores, the other threads of a build compete with it).
import fs from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const main = mainThreadSchedule();
  const report = { user: usage.userCPUTime / 1e6, system: usage.systemCPUTime / 1e6, maxRssMb: usage.maxRSS / 1024, ...main };
  process.stderr.write(`\n@@usage ${JSON.stringify(report)}\n`);
});

function mainThreadSchedule() {
  try {
    const [ran, waited] = fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return { mainRan: ran / 1e9, mainWaited: waited / 1e9 };
  } catch {
    return { mainRan: null, mainWaited: null };
  }
}
