import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { BuildProblem } from '../watch/logged-build.js';
import { contentType } from './content-types.js';
import { EVENTS_PATH, LIVE_RELOAD_CLIENT, LIVE_RELOAD_PATH } from './live-reload-client.js';

/** The error the browser shows: the problem of the last build. */
export type ServedError = BuildProblem;

export interface SiteServer {
  readonly url: string;
  /** Tells every open page what happened: `reload`, `css` (stylesheets only), `build-error`, `fixed`. */
  broadcast(event: 'reload' | 'css' | 'build-error' | 'fixed', data?: unknown): void;
  setError(error: ServedError | null): void;
  close(): Promise<void>;
}

/** The options, and the rebuild the served pages are from. */
type ServedOptions = ServeOptions & { generation: number };

export interface ServeOptions {
  destination: string;
  host: string;
  port: number;
  baseurl: string;
  liveReload: boolean;
}

/**
 * Serves the destination folder as `jekyll serve` does: under `baseurl`, `index.html` for folders, `x.html`
 * for `/x`, `404.html` for misses, no caching. With live reload, HTML responses get the client script.
 */
export async function startServer(options: ServeOptions): Promise<SiteServer> {
  const clients = new Set<http.ServerResponse>();
  let currentError: ServedError | null = null;
  /** Counts the rebuilds pages were told about; a page served before the latest one reloads when it connects. */
  let generation = 0;
  const base = `/${options.baseurl.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.liveReload && url.pathname === LIVE_RELOAD_PATH) return send(res, 200, 'text/javascript; charset=utf-8', LIVE_RELOAD_CLIENT);
    if (options.liveReload && url.pathname === EVENTS_PATH) return openEvents(req, res, clients, { error: currentError, generation });
    serveFile({ ...options, generation }, base, url.pathname, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}${base}/`,
    broadcast(event, data) {
      if (event !== 'build-error') generation++;
      const payload = `event: ${event}\ndata: ${JSON.stringify(data ?? {})}\n\n`;
      for (const client of clients) client.write(payload);
    },
    setError(error) {
      currentError = error;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function openEvents(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  clients: Set<http.ServerResponse>,
  state: { error: ServedError | null; generation: number },
): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(`retry: 250\nevent: hello\ndata: ${JSON.stringify(state)}\n\n`);
  clients.add(res);
  req.on('close', () => clients.delete(res));
}

function serveFile(options: ServedOptions, base: string, pathname: string, res: http.ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
  }
  if (base && decoded !== base && !decoded.startsWith(`${base}/`)) return notFound(options, res);
  const relative = decoded.slice(base.length).replace(/^\/+/, '');
  const file = resolveFile(options.destination, relative);
  if (!file) return notFound(options, res);
  respondWithFile(options, res, 200, file);
}

function resolveFile(destination: string, relative: string): string | null {
  const full = path.resolve(destination, relative);
  if (full !== destination && !full.startsWith(`${destination}${path.sep}`)) return null;
  for (const candidate of [full, path.join(full, 'index.html'), `${full}.html`]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function notFound(options: ServedOptions, res: http.ServerResponse): void {
  const page = path.join(options.destination, '404.html');
  if (fs.existsSync(page)) return respondWithFile(options, res, 404, page);
  send(res, 404, 'text/html; charset=utf-8', withClient(options, '<!DOCTYPE html><title>Not found</title><h1>Not found</h1>'));
}

function respondWithFile(options: ServedOptions, res: http.ServerResponse, status: number, file: string): void {
  const type = contentType(path.extname(file));
  if (type.startsWith('text/html')) return send(res, status, type, withClient(options, fs.readFileSync(file, 'utf8')));
  send(res, status, type, fs.readFileSync(file));
}

const HEAD_START = /<head(?:\s[^>]*)?>/i;

function withClient(options: ServedOptions, html: string): string {
  if (!options.liveReload) return html;
  // First in the head and async: the page hears of rebuilds even while a slow script of its own (one from a server
  // that does not answer) holds the parser; placed after such a script, it would only run once that one gave up.
  const tag = `<script src="${LIVE_RELOAD_PATH}" data-jtd-generation="${options.generation}" async></script>`;
  const headStart = HEAD_START.exec(html);
  if (headStart) return `${html.slice(0, headStart.index + headStart[0].length)}${tag}${html.slice(headStart.index + headStart[0].length)}`;
  const head = html.indexOf('</head>');
  if (head >= 0) return `${html.slice(0, head)}${tag}${html.slice(head)}`;
  const body = html.lastIndexOf('</body>');
  return body >= 0 ? `${html.slice(0, body)}${tag}${html.slice(body)}` : `${html}${tag}`;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache, no-store, must-revalidate' });
  res.end(body);
}
