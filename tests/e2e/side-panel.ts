// The real side panel in tests. Chromium opens it (chrome.sidePanel.open after a click in one of our
// pages) as a target Playwright does not list among its pages; we reach it through the DevTools
// protocol: evaluate in it, click in it, screenshot it.
import type { CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Reply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class SidePanel {
  readonly #cdp: CDPSession;
  readonly #sessionId: string;
  #nextId = 1;
  readonly #replies = new Map<number, (reply: Reply) => void>();
  readonly #listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();

  private constructor(cdp: CDPSession, sessionId: string) {
    this.#cdp = cdp;
    this.#sessionId = sessionId;
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.#sessionId) return;
      const message = JSON.parse(event.message) as Reply & {
        method?: string;
        params?: Record<string, unknown>;
      };
      if (message.method) {
        for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {});
        return;
      }
      this.#replies.get(message.id)?.(message);
      this.#replies.delete(message.id);
    });
  }

  /** Listens to a DevTools protocol event of the panel (after enabling its domain with `send`). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void {
    this.#listeners.set(method, [...(this.#listeners.get(method) ?? []), listener]);
  }

  /** Attaches to our side panel once it exists (`from` is any page of the browser). */
  static async attach(from: Page, extensionId: string, timeoutMs = 10_000): Promise<SidePanel> {
    const cdp = await from.context().newCDPSession(from);
    const panelUrl = `chrome-extension://${extensionId}/src/panel/index.html`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const target = targetInfos.find((info) => info.url.startsWith(panelUrl));
      if (target) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        })) as { sessionId: string };
        return new SidePanel(cdp, sessionId);
      }
      if (Date.now() > deadline) throw new Error('no side panel');
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.#nextId++;
    const reply = new Promise<Reply>((resolve) => this.#replies.set(id, resolve));
    await this.#cdp.send('Target.sendMessageToTarget', {
      sessionId: this.#sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const answer = await reply;
    if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
    return answer.result ?? {};
  }

  /** Evaluates an expression in the panel (as a user action, for APIs that need one); its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value as T;
  }

  /** Waits until the expression is truthy in the panel. */
  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`side panel: timed out waiting for ${expression}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** A real mouse click (input events, so the click is a user action with focus) on the first match. */
  async click(selector: string): Promise<void> {
    const point = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`);
    if (!point) throw new Error(`side panel: no ${selector}`);
    for (const type of ['mousePressed', 'mouseReleased'])
      await this.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 });
  }

  async screenshot(): Promise<Buffer> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  async detach(): Promise<void> {
    await this.#cdp.detach().catch(() => {});
  }
}
