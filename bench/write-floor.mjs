// The disk's floor for a build's output: writes files of the paths and sizes a list names (JSON: [path, bytes][]),
// bytes of one repeated letter, into `destination`, one after the other, and nothing else. No build that writes as
// many bytes in as many files can be faster on the same disk.
import fs from 'node:fs';
import path from 'node:path';

const [listFile, destination] = process.argv.slice(2);
const files = JSON.parse(fs.readFileSync(listFile, 'utf8'));
const bytes = Buffer.alloc(Math.max(0, ...files.map(([, size]) => size)), 'a');
for (const [file, size] of files) {
  const target = path.join(destination, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes.subarray(0, size));
}
