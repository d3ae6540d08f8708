// The service worker: the one place the engine (and its lexicons) runs; answers pages, keeps the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze, ENGINE_VERSION, warmUp } from '../engine/index.ts';
import {
  type AnalyzeReply,
  errorMessage,
  type FlagsReply,
  isFlagMessage,
  parseBackgroundRequest,
  parseFlagRequest,
} from '../messages.ts';
import { openSidePanel } from '../panel/open.ts';
import { AnalysisCache } from './cache.ts';
import { FlagStore } from './flags.ts';
import { createAnalysisService } from './service.ts';

const analyzeCached = createAnalysisService(new AnalysisCache(), analyze, ENGINE_VERSION);

let warm = false;

async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<AnalyzeReply | FlagsReply | { ok: true }> {
  if (isFlagMessage(message)) return answerFlags(message, sender);
  const parsed = parseBackgroundRequest(message, sender, browser.runtime.id);
  if (!parsed.ok) return parsed;
  if (parsed.value.type === 'wake') {
    // After the reply: the page's message must not wait for the engine.
    if (!warm) setTimeout(warmUp, 0);
    warm = true;
    return { ok: true };
  }
  try {
    const reply = await analyzeCached(parsed.value.url, parsed.value.text);
    if (reply.ok && sender.tab?.id !== undefined) void showCount(sender.tab.id, reply.analysis.quotes.length);
    return reply;
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

async function showCount(tabId: number, statements: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
    await browser.action.setBadgeText({ tabId, text: statements > 0 ? String(statements) : '' });
  } catch {
    // The tab closed meanwhile.
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

// A new page (or a reload) in the tab: its count is not known until its content script reports.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
});

// The reader took a site back ("always on" revoked in the browser's settings): stop running there.
browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const stale = scripts.filter((script) => script.matches?.some((pattern) => origins.includes(pattern)));
  if (stale.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
});

// The side panel's part: the reader's flags, and the keyboard commands (rebindable by the reader).
const flagStore = new FlagStore();

async function answerFlags(message: unknown, sender: Runtime.MessageSender): Promise<FlagsReply> {
  const parsed = parseFlagRequest(message, sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  try {
    const flags =
      request.type === 'flags'
        ? await flagStore.get(request.url)
        : await flagStore.set(request.url, request.key, request.flag, request.previous);
    return { ok: true, flags };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

browser.commands.onCommand.addListener((command, tab) => {
  // Called here, not after an await: opening a panel needs the command's user action.
  if (command === 'open-panel' && tab?.windowId !== undefined)
    void openSidePanel(tab.windowId).catch(() => {});
  if (command === 'toggle-highlights' && tab?.id !== undefined)
    void browser.tabs.sendMessage(tab.id, { type: 'highlights' }).catch(() => {});
});
