/// <reference types="chrome" />
// Chromium with the built extension, for `npm start` and `npm run bench:page`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { PageState } from '../src/messages.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (tests that restart it replace this). */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  port: number;
  /** Site names the local news server answers for; nothing else resolves. */
  hosts: string[];
  headless: boolean;
  extensionDir?: string;
  language?: string;
  viewport?: { width: number; height: number };
  /** An X display to open a real window on (headless is then ignored), for real keyboard input. */
  display?: string;
}

/**
 * Debian's Chromium in the new headless mode (the only one that runs extensions), with the build
 * loaded and the news sites' names pointed at the local server.
 */
export async function launchChromium(options: LaunchOptions): Promise<Launched> {
  const extension = resolve(options.extensionDir ?? 'dist');
  const profile = mkdtempSync(join(tmpdir(), 'isnad-profile-'));
  const rules = [...options.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.port}`), 'MAP * ~NOTFOUND'];
  const language = options.language ?? 'ar';
  const headless = options.headless && options.display === undefined;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ...(options.display === undefined ? {} : { env: { ...process.env, DISPLAY: options.display } }),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: headless ? (options.viewport ?? { width: 1280, height: 900 }) : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate',
      '--no-first-run',
      `--lang=${language}`,
      `--accept-lang=${language}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
    ],
  });
  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium with the extension and an extension page («probe») that can ask content scripts for state. */
export async function launchWithExtension(options: LaunchOptions): Promise<Launched & { probe: Page }> {
  const launched = await launchChromium(options);
  const probe = await launched.context.newPage();
  await probe.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=-1`);
  return { ...launched, probe };
}

export async function activeTabId(probe: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return probe.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** The content script's state for a tab, asked from an extension page; null where no script answers. */
export async function stateOf(probe: Page, tabId: number): Promise<PageState | null> {
  return probe.evaluate(async (id) => {
    try {
      const reply = (await chrome.tabs.sendMessage(id, { type: 'state' })) as {
        ok: boolean;
        state?: unknown;
      };
      return (reply.ok ? reply.state : null) as PageState | null;
    } catch {
      return null;
    }
  }, tabId);
}

/** The page's state once it is no longer loading (or the last one seen at the deadline). */
export async function waitForState(
  probe: Page,
  tabId: number,
  timeoutMs = 60_000,
): Promise<PageState | null> {
  const deadline = Date.now() + timeoutMs;
  let state: PageState | null = null;
  while (Date.now() < deadline) {
    state = await stateOf(probe, tabId);
    if (state && state.status !== 'loading') return state;
    await new Promise((done) => setTimeout(done, 100));
  }
  return state;
}

async function poll(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Stops the extension's service worker, as the browser does after it idles (its memory is gone). */
export async function stopExtensionWorker(launched: Launched, page: Page): Promise<void> {
  const cdp = await launched.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const versions: Version[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => versions.push(...(event.versions as Version[])));
  await cdp.send('ServiceWorker.enable');
  const ours = () =>
    versions.filter((version) => version.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`));
  await poll(() => ours().length > 0);
  const versionId = ours()[0]?.versionId ?? '';
  const before = versions.length;
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  // Stopped at some point after the request: an event (a tab's, the page's wake-up) may start it again at once.
  await poll(() =>
    versions
      .slice(before)
      .some((version) => version.versionId === versionId && version.runningStatus === 'stopped'),
  );
  await cdp.detach();
}
