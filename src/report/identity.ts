// Which statement a kept flag belongs to, after the page was analysed again. Offsets move when text
// is added above a statement; the text stays. The text changes when a newer engine cuts a statement
// differently; then it still overlaps where it was. So: same text first (nearest place), then overlap.
import { fold } from '../engine/normalise.ts';
import type { StatementKey, StoredFlag } from '../messages.ts';

export interface Located {
  start: number;
  end: number;
  text: string;
}

/** FNV-1a, 32 bits: enough to tell a page's statements apart, and cheap for thousands of them. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function statementKey(statement: Located): StatementKey {
  return { start: statement.start, end: statement.end, hash: fnv1a(fold(statement.text)) };
}

export function sameKey(a: StatementKey, b: StatementKey): boolean {
  return a.start === b.start && a.end === b.end && a.hash === b.hash;
}

function overlap(a: StatementKey, b: StatementKey): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Statement index → its flag. A statement takes at most one flag; a flag with no statement is left out. */
export function matchFlags(
  statements: readonly Located[],
  stored: readonly StoredFlag[],
): Map<number, StoredFlag> {
  const keys = statements.map(statementKey);
  const byHash = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const list = byHash.get(key.hash);
    if (list) list.push(index);
    else byHash.set(key.hash, [index]);
  });
  const matched = new Map<number, StoredFlag>();
  const unmatched: StoredFlag[] = [];
  for (const entry of stored) {
    const candidates = (byHash.get(entry.key.hash) ?? []).filter((index) => !matched.has(index));
    const nearest = candidates.sort((a, b) => distance(keys[a], entry.key) - distance(keys[b], entry.key))[0];
    if (nearest === undefined) unmatched.push(entry);
    else matched.set(nearest, entry);
  }
  for (const entry of unmatched) {
    let best = -1;
    let bestOverlap = 0;
    keys.forEach((key, index) => {
      const shared = overlap(key, entry.key);
      // More than half of the shorter of the two: the same statement, cut differently.
      const needed = Math.min(key.end - key.start, entry.key.end - entry.key.start) / 2;
      if (!matched.has(index) && shared > needed && shared > bestOverlap) {
        best = index;
        bestOverlap = shared;
      }
    });
    if (best >= 0) matched.set(best, entry);
  }
  return matched;
}

function distance(key: StatementKey | undefined, other: StatementKey): number {
  return key ? Math.abs(key.start - other.start) : Number.POSITIVE_INFINITY;
}
