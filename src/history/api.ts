// The history page asks the worker (the history's one writer and keeper of its search index): every
// answer is checked before use, and its texts are rendered as text only.
import browser from 'webextension-polyfill';
import {
  type HistoryHit,
  type HistoryOverview,
  type HistoryQuery,
  type HistoryScope,
  isHistoryDeleteReply,
  isHistoryExportReply,
  isHistoryOverviewReply,
  isHistorySearchReply,
} from '../messages.ts';
import type { ArticleRecord } from '../report/record.ts';

async function ask<T extends { ok: boolean }>(
  message: unknown,
  check: (reply: unknown) => reply is T,
): Promise<T> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!check(reply)) throw new Error('malformed reply');
  if (!reply.ok) throw new Error((reply as unknown as { error: string }).error);
  return reply;
}

export async function overview(): Promise<HistoryOverview> {
  return ask({ type: 'history-overview' }, isHistoryOverviewReply) as Promise<HistoryOverview & { ok: true }>;
}

export async function search(
  query: HistoryQuery,
  offset: number,
  limit: number,
): Promise<{ hits: HistoryHit[]; total: number; articles: number }> {
  const reply = await ask({ type: 'history-search', query, offset, limit }, isHistorySearchReply);
  return reply as { hits: HistoryHit[]; total: number; articles: number };
}

export async function records(query?: HistoryQuery, keys?: string[]): Promise<ArticleRecord[]> {
  const reply = await ask({ type: 'history-export', query, keys }, isHistoryExportReply);
  return (reply as { articles: ArticleRecord[] }).articles;
}

export async function remove(scope: HistoryScope): Promise<number> {
  const reply = await ask({ type: 'history-delete', scope }, isHistoryDeleteReply);
  return (reply as { removed: number }).removed;
}
