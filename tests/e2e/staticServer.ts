import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

export interface StaticSite {
  /** The site's URL, ending in `prefix`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * `root` served under `prefix` (e.g. `/ner-studio/`) on loopback, as a plain static host such as
 * GitHub Pages does: files only, no rewrites, no headers beyond Content-Type, 404 elsewhere, and
 * the prefix without its slash redirected to it.
 */
export async function serveStatic(root: string, prefix: string): Promise<StaticSite> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (`${pathname}/` === prefix) {
        response.writeHead(301, { Location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix)) {
        response.writeHead(404).end('not found');
        return;
      }
      let file = path.join(base, pathname.slice(prefix.length));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        await stat(file);
      } catch {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
