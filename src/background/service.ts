// Analyse once, serve from cache after: keyed by engine version, normalised URL and text hash.
import type { Analysis } from '../engine/types.ts';
import type { AnalyzeReply } from '../messages.ts';
import type { AnalysisCache } from './cache.ts';
import { sha256Hex } from './hash.ts';
import { normaliseUrl } from './url.ts';

/** A slow or stuck write must not hold the reply back for long. */
const WRITE_WAIT_MS = 2000;

export async function cacheKey(version: string, url: string, text: string): Promise<string> {
  return `${version}|${normaliseUrl(url)}|${await sha256Hex(text)}`;
}

export function createAnalysisService(
  cache: AnalysisCache,
  analyze: (text: string) => Analysis,
  version: string,
): (url: string, text: string) => Promise<AnalyzeReply> {
  return async (url, text) => {
    const key = await cacheKey(version, url, text);
    const cached = await cache.get(key);
    if (cached && cached.length === text.length) return { ok: true, analysis: cached, cached: true };
    const analysis = analyze(text);
    await Promise.race([
      cache.put(key, analysis),
      new Promise((resolve) => setTimeout(resolve, WRITE_WAIT_MS)),
    ]);
    return { ok: true, analysis, cached: false };
  };
}
