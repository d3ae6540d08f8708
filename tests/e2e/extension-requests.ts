// Requests made by the extension's own contexts, for the test that it makes none: its service worker and
// its pages (popup, any other) through Playwright's request events, the side panel (which Playwright
// does not list) and content-script requests in web pages through the DevTools protocol.
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import type { SidePanel } from './side-panel.ts';

export type RequestSource = 'worker' | 'extension page' | 'side panel' | 'content script';

export interface ExtensionRequest {
  source: RequestSource;
  url: string;
}

interface CallFrame {
  url: string;
}

interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}

interface RequestWillBeSent {
  request: { url: string };
  initiator: { type: string; stack?: StackTrace };
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let at = stack; at; at = at.parent) urls.push(...at.callFrames.map((frame) => frame.url));
  return urls;
}

export class ExtensionRequests {
  /** Every request attributed to the extension, its own files (chrome-extension://) included. */
  readonly all: ExtensionRequest[] = [];
  readonly #origin: string;
  readonly #context: BrowserContext;

  constructor(context: BrowserContext, extensionId: string) {
    this.#origin = `chrome-extension://${extensionId}/`;
    this.#context = context;
    context.on('request', (request) => this.#fromPlaywright(request));
  }

  /** Requests that leave the extension: anything but its own packaged files. */
  leaving(): ExtensionRequest[] {
    return this.all.filter((request) => !request.url.startsWith(this.#origin));
  }

  #fromPlaywright(request: Request): void {
    if (request.serviceWorker()?.url().startsWith(this.#origin)) {
      this.all.push({ source: 'worker', url: request.url() });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Not a frame's request (another worker's): not ours.
    }
    if (frameUrl.startsWith(this.#origin)) this.all.push({ source: 'extension page', url: request.url() });
  }

  /** Watches the side panel, which Playwright does not see: every request it makes is the extension's. */
  async watchPanel(panel: SidePanel): Promise<void> {
    panel.on('Network.requestWillBeSent', (event) => {
      const { request } = event as unknown as RequestWillBeSent;
      this.all.push({ source: 'side panel', url: request.url });
    });
    await panel.send('Network.enable');
  }

  /**
   * Watches a web page for requests started by script that is not the page's: the saved pages are served
   * without their scripts, so script there is ours (a content-script stack is chrome-extension://, code
   * evaluated in its world has none), unless an inline handler of the page's own started it.
   * Await it before the page navigates.
   */
  async watch(page: Page): Promise<CDPSession> {
    const cdp = await this.#context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      if (event.initiator.type !== 'script' && event.initiator.type !== 'preflight') return;
      const pageOwn = stackUrls(event.initiator.stack).some(
        (url) => url !== '' && !url.startsWith(this.#origin),
      );
      if (!pageOwn) this.all.push({ source: 'content script', url: event.request.url });
    });
    await cdp.send('Network.enable');
    return cdp;
  }
}
