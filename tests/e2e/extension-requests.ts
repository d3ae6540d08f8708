// Requests made by the extension's own contexts, for the test that it makes none: its service worker and
// its pages (popup, side panel, any other) through Playwright's request events, and content-script
// requests in web pages through the DevTools protocol's initiator, which Playwright does not expose.
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export type RequestSource = 'worker' | 'extension page' | 'content script';

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
