// An HTTPS server playing news sites for tests, the demo and benchmarks: Chromium's host-resolver rules
// send the sites' names here, and a throwaway self-signed certificate (made with openssl at start)
// covers HSTS-preloaded domains when Chromium runs with --ignore-certificate-errors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Route {
  html: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Send the document's head at once and its body this much later. */
  tailDelayMs?: number;
}

/** Serves `routes` keyed by `host + path` (query ignored); 404 elsewhere. */
export class NewsServer {
  readonly routes = new Map<string, Route>();
  #server: Server | undefined;
  #certDir: string | undefined;

  async start(): Promise<number> {
    this.#certDir = mkdtempSync(join(tmpdir(), 'isnad-cert-'));
    const key = join(this.#certDir, 'key.pem');
    const cert = join(this.#certDir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=isnad-test',
      ],
      { stdio: 'ignore' },
    );
    this.#server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = new URL(request.url ?? '/', 'https://x').pathname;
      const route = this.routes.get(`${host}${path}`);
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      if (!route.tailDelayMs) {
        response.end(route.html);
        return;
      }
      // As over a slow network: the head arrives (document_start), the body later.
      const cut = route.html.indexOf('<body');
      response.write(route.html.slice(0, Math.max(0, cut)));
      setTimeout(() => response.end(route.html.slice(Math.max(0, cut))), route.tailDelayMs);
    });
    const server = this.#server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return (server.address() as AddressInfo).port;
  }

  add(url: string, html: string, headers?: Record<string, string>, tailDelayMs?: number): string {
    const { host, pathname } = new URL(url);
    this.routes.set(`${host}${pathname}`, { html, headers, tailDelayMs });
    return url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.#server ? this.#server.close(() => done()) : done()));
    if (this.#certDir) rmSync(this.#certDir, { recursive: true, force: true });
  }
}
