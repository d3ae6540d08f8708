// Feature hashing. Features are never built as strings at tagging time: a template id and the
// hashes of the words it looks at are mixed into one 32-bit number.

/** FNV-1a over the UTF-16 code units of `text` (of text[from, to) when given). */
export function hashText(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit hashes (murmur3 finaliser over a*K ^ b), order-sensitive. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
