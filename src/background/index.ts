// The service worker: the one place the engine (and its lexicons) runs; answers pages, keeps the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze, ENGINE_VERSION, setEngineErrorHandler, warmUp } from '../engine/index.ts';
import type { Analysis } from '../engine/types.ts';
import {
  type AnalyzeReply,
  errorMessage,
  type FlagsReply,
  type HistoryDeleteReply,
  type HistoryExportReply,
  type HistoryOverviewReply,
  type HistorySearchReply,
  isFlagMessage,
  isHistoryRequestType,
  type PageMeta,
  parseBackgroundRequest,
  parseFlagRequest,
  parseHistoryRequest,
} from '../messages.ts';
import { openSidePanel } from '../panel/open.ts';
import { onSettingsChanged, readSettings } from '../settings.ts';
import { AnalysisCache } from './cache.ts';
import { FlagStore } from './flags.ts';
import { HistoryStore, historyArticle } from './history.ts';
import { HistoryIndex } from './history-index.ts';
import { createAnalysisService } from './service.ts';

// A fault in the engine is an error the popup shows, not an empty analysis: «no statements» would be
// a wrong answer, and a cached one at that.
setEngineErrorHandler((error) => {
  throw error;
});
const analyzeCached = createAnalysisService(new AnalysisCache(), analyze, ENGINE_VERSION);

let warm = false;

async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<AnalyzeReply | { ok: true }> {
  const parsed = parseBackgroundRequest(message, sender, browser.runtime.id);
  if (!parsed.ok) return parsed;
  if (parsed.value.type === 'wake') {
    // After the reply: the page's message must not wait for the engine.
    if (!warm) setTimeout(warmUp, 0);
    warm = true;
    return { ok: true };
  }
  try {
    const { url, text, meta } = parsed.value;
    const reply = await analyzeCached(url, text);
    if (reply.ok && sender.tab?.id !== undefined) void showCount(sender.tab.id, reply.analysis.quotes.length);
    if (reply.ok) void recordHistory(url, text, meta, reply.analysis);
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

// Three families of messages, each with its own validator: pages (analyse, wake), flags, history.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  isHistoryRequestType(message)
    ? handleHistory(message, sender)
    : isFlagMessage(message)
      ? answerFlags(message, sender)
      : handleMessage(message, sender),
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

// ── History: every analysed article's summary; the history page asks through messages ───────────────

const history = new HistoryStore();
let historyIndex: Promise<HistoryIndex> | undefined;

/** The search index, read from the store the first time it is needed since the worker started. */
function loadedHistory(): Promise<HistoryIndex> {
  historyIndex ??= history.all().then(
    (articles) => new HistoryIndex(articles),
    () => {
      historyIndex = undefined;
      return new HistoryIndex();
    },
  );
  return historyIndex;
}

/** Never throws and is never awaited by the reply: the history is a by-product of the analysis. */
async function recordHistory(url: string, text: string, meta: PageMeta, analysis: Analysis): Promise<void> {
  try {
    if (analysis.notice === 'empty' || analysis.notice === 'not-arabic') return;
    const { historyMax } = await readSettings();
    const article = historyArticle(url, meta, text, analysis, Date.now());
    const dropped = await history.record(article, historyMax);
    if (dropped === null || !historyIndex) return;
    const index = await historyIndex;
    index.remove(dropped);
    index.put(article);
  } catch {
    // Storage unavailable: the reader still has the analysis.
  }
}

// A smaller bound applies at once, not at the next article.
onSettingsChanged(async ({ historyMax }, previous) => {
  if (historyMax === previous.historyMax) return;
  const dropped = await history.trim(historyMax).catch(() => []);
  if (dropped.length > 0 && historyIndex) (await historyIndex).remove(dropped);
});

type HistoryReply = HistorySearchReply | HistoryOverviewReply | HistoryExportReply | HistoryDeleteReply;

async function handleHistory(message: unknown, sender: Runtime.MessageSender): Promise<HistoryReply> {
  const parsed = parseHistoryRequest(message, sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!parsed.ok) return parsed;
  try {
    const request = parsed.value;
    const index = await loadedHistory();
    switch (request.type) {
      case 'history-overview':
        return { ok: true, ...index.overview() };
      case 'history-search':
        return { ok: true, ...index.search(request.query, request.offset, request.limit) };
      case 'history-export': {
        const articles = index.records(request.query, request.keys);
        return { ok: true, articles: await flagStore.attachTo(articles).catch(() => articles) };
      }
      case 'history-delete': {
        const removed = await history.remove(request.scope);
        index.remove(removed);
        return { ok: true, removed: removed.length };
      }
    }
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
