// The engine's one entry point: text in, attributions out. No DOM, no browser APIs, no I/O.
import type { Analysis } from './types.ts';

export type * from './types.ts';

export const ENGINE_VERSION = '0.1.0';

export function analyze(text: string): Analysis {
  return { version: ENGINE_VERSION, length: text.length, quotes: [], parties: [] };
}
