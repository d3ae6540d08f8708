// Firefox ESR with the Firefox build installed as a temporary add-on (puppeteer-core over WebDriver
// BiDi), the news sites' names sent to the local news server. Firefox has no host-resolver rules, so
// every connection goes through a CONNECT proxy here that tunnels the listed sites to the news server
// and refuses everything else (Firefox's own update and settings traffic included).
import { connect, createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../src/manifest-firefox.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Port of the local news server (scripts/news-server.ts). */
  port: number;
  /** Site names tunnelled to it; connections to any other name are refused. */
  hosts: string[];
  extensionDir?: string;
  language?: string;
}

/** A CONNECT proxy: `host:443` of a listed site goes to the news server, anything else gets 403. */
async function startTunnel(
  port: number,
  hosts: ReadonlySet<string>,
): Promise<{ server: Server; port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const target = /^CONNECT ([^\s:]+):443 HTTP\/1\.[01]\r\n/.exec(head.toString('latin1'))?.[1];
      if (!target || !hosts.has(target)) {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
  });
  server.on('close', () => {
    for (const socket of sockets) socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return { server, port: address.port };
}

export async function launchFirefox(options: FirefoxOptions): Promise<LaunchedFirefox> {
  const tunnel = await startTunnel(options.port, new Set(options.hosts));
  const language = options.language ?? 'ar';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The news server's certificate is a throwaway self-signed one.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': tunnel.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': tunnel.port,
      'network.proxy.no_proxies_on': '',
      'intl.accept_languages': language,
    },
  });
  try {
    const id = await browser.installExtension(resolve(options.extensionDir ?? 'dist-firefox'));
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    tunnel.server.close();
    throw error;
  }
  return {
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => tunnel.server.close(() => done()));
    },
  };
}
