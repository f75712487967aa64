import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Logger } from '../lib/log/logger.js';
import { serveSite, type RunningSite } from '../lib/serve/serve-site.js';

async function start(): Promise<{ running: RunningSite; root: string; port: number }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-serve-safety-'));
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET OUTSIDE THE SITE');
  const source = path.join(root, 'src');
  fs.mkdirSync(source);
  fs.writeFileSync(path.join(source, '_config.yml'), 'timezone: UTC\n');
  fs.writeFileSync(path.join(source, 'index.html'), '---\n---\n<html><body>home</body></html>');
  const running = await serveSite({ source, destination: path.join(root, '_site') }, { host: '127.0.0.1', port: 0, liveReload: true, watch: false }, new Logger('quiet', () => {}));
  return { running, root, port: Number(new URL(running.server.url).port) };
}

/** Sends a raw request line, so the path reaches the server exactly as written. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

test('requests that try to leave the destination never read outside it', async () => {
  const { running, port } = await start();
  try {
    for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '//../secret.txt', '/x/../../secret.txt', '/secret.txt%00.html', `/${'a'.repeat(20000)}`]) {
      const response = await rawGet(port, target);
      assert.not.match(response, 'SECRET OUTSIDE THE SITE', target);
      assert.match(response, /^HTTP\/1\.1 (400|404|431)/, `${target.slice(0, 40)}: ${response.slice(0, 40)}`);
    }
  } finally {
    await running.close();
  }
});

test('serve listens on 127.0.0.1 unless told otherwise', async () => {
  const { running } = await start();
  try {
    assert.match(running.server.url, 'http://127.0.0.1:');
  } finally {
    await running.close();
  }
});

test('1,000 concurrent requests are all answered', async () => {
  const { running, port } = await start();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  try {
    const statuses = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        new Promise<number>((resolve, reject) => {
          http.get({ host: '127.0.0.1', port, path: i % 2 ? '/' : '/missing', agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          }).on('error', reject);
        }),
      ),
    );
    assert.is(statuses.filter((s) => s === 200).length, 500);
    assert.is(statuses.filter((s) => s === 404).length, 500);
  } finally {
    agent.destroy();
    await running.close();
  }
});

test('the error overlay shows error text as text, never as HTML', async () => {
  const { LIVE_RELOAD_CLIENT } = await import('../lib/serve/live-reload-client.js');
  assert.not.match(LIVE_RELOAD_CLIENT, 'innerHTML');
  assert.match(LIVE_RELOAD_CLIENT, 'text.textContent = error.text');
});

test.run();
