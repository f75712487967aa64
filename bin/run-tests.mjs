// Runs the test suite (uvu over dist/test) with the system's temp folder pointed at a folder of its own, removed
// afterwards: the tests build hundreds of sites in temporary folders and leave them to the run to clean up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-tests-'));
const env = { ...process.env, TMPDIR: temporary, TMP: temporary, TEMP: temporary };
const uvu = path.resolve(import.meta.dirname, '../node_modules/uvu/bin.js');
const run = spawnSync(process.execPath, [uvu, 'dist/test', '\\.test\\.js$', ...process.argv.slice(2)], { stdio: 'inherit', env });
fs.rmSync(temporary, { recursive: true, force: true });
process.exitCode = run.status ?? 1;
