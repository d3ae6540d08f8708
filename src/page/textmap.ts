/**
 * Maps offsets in an extracted article text back to live DOM text nodes.
 * Standard DOM only: runs in the page (content script) and in Node over linkedom.
 */

export interface TextMap {
  /** A live Range spanning text[start, end), skipping inserted separators; null if the nodes are gone. */
  rangeFor(start: number, end: number): Range | null;
  /** The same span as DOM boundary points, without needing Range support (linkedom has no setStart). */
  boundsFor(start: number, end: number): DomSpan | null;
  /** The text nodes covered, for mutation checks. */
  nodes(): Text[];
  /** Every mapped node still in the document, with its text as mapped. */
  intact(): boolean;
  /** DOM position (text node + offset in its data, or element + child index) → offset in the text. */
  offsetOf(node: Node, offset: number): number | null;
}

export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** One text node's share of the text: text[start, end) comes from node.data. */
interface Segment {
  node: Text;
  start: number;
  end: number;
  /** node.data.length when mapped: a different length means the page edited the node since. */
  dataLength: number;
  /** Data offset of text[start] when the text is a verbatim slice of the data. */
  dataStart: number;
  /** Data offset of each text character, only when collapsing whitespace broke the verbatim slice. */
  dataIndex: Uint32Array | null;
}

const TEXT_NODE = 3;

// Same set as JS \s, so the extracted text agrees with `.replace(/\s+/g, ' ')` comparisons (NBSP, BOM).
const WHITESPACE = /\s/;

function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return WHITESPACE.test(String.fromCharCode(code));
}

/**
 * Builds the text the reader sees, block by block, remembering where each character came from.
 * Whitespace runs collapse to one space; block boundaries become "\n\n" and <br> "\n", emitted lazily
 * so that no text starts or ends with a separator and empty blocks leave no trace.
 */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private pendingBreak = 0;
  private pendingSpace = false;

  get textLength(): number {
    return this.length;
  }

  /** Ends the current block: the next text starts a new paragraph. */
  breakBlock(): void {
    if (this.length > 0) this.pendingBreak = 2;
  }

  /** A <br>: one line break; two in a row make a paragraph break. */
  breakLine(): void {
    if (this.length > 0) this.pendingBreak = Math.min(2, this.pendingBreak + 1);
  }

  /** A word boundary with no whitespace in the DOM (a <br> or block edge inside a one-line headline). */
  breakWord(): void {
    if (this.length > 0 && this.pendingBreak === 0) this.pendingSpace = true;
  }

  /** Text that is not in the DOM (e.g. a headline taken from og:title): emitted, mapped to nothing. */
  appendUnmapped(text: string): void {
    let first = true;
    for (const word of text.split(/\s+/)) {
      if (word === '') continue;
      if (!first || /^\s/.test(text)) this.breakWord();
      first = false;
      this.flushPending();
      this.emit(word);
    }
    if (/\s$/.test(text)) this.breakWord();
  }

  appendText(node: Text): void {
    const data = node.data;
    let segmentStart = -1;
    let dataStart = 0;
    let count = 0;
    let dataIndex: number[] | null = null;

    const take = (from: number, to: number, text: string) => {
      if (segmentStart < 0) {
        segmentStart = this.length;
        dataStart = from;
      } else if (dataIndex === null && from !== dataStart + count) {
        dataIndex = Array.from({ length: count }, (_, k) => dataStart + k);
      }
      if (dataIndex !== null) for (let i = from; i < to; i++) dataIndex.push(i);
      count += to - from;
      this.emit(text);
    };

    let spaceAt = -1; // data offset of a whitespace run that began inside this node
    let runStart = -1; // start of the current run of visible characters
    const flushRun = (to: number) => {
      if (runStart < 0) return;
      if (this.pendingBreak === 0 && this.pendingSpace && spaceAt >= 0 && this.length > 0) {
        this.pendingSpace = false;
        take(spaceAt, spaceAt + 1, ' ');
      } else {
        this.flushPending();
      }
      take(runStart, to, data.slice(runStart, to));
      spaceAt = -1;
      runStart = -1;
    };

    for (let i = 0; i < data.length; i++) {
      if (isWhitespace(data.charCodeAt(i))) {
        flushRun(i);
        if (this.length > 0 && !this.pendingSpace && this.pendingBreak === 0) {
          this.pendingSpace = true;
          spaceAt = i;
        }
      } else if (runStart < 0) {
        runStart = i;
      }
    }
    flushRun(data.length);

    if (segmentStart < 0) return;
    const index = dataIndex as number[] | null;
    this.segments.push({
      node,
      start: segmentStart,
      end: this.length,
      dataLength: data.length,
      dataStart,
      dataIndex: index === null ? null : Uint32Array.from(index),
    });
  }

  build(doc: Document): { text: string; map: TextMap } {
    const text = this.parts.join('');
    return { text, map: new SegmentTextMap(doc, this.segments, text.length) };
  }

  private flushPending(): void {
    if (this.length === 0) {
      this.pendingBreak = 0;
      this.pendingSpace = false;
      return;
    }
    if (this.pendingBreak > 0) this.emit(this.pendingBreak === 2 ? '\n\n' : '\n');
    else if (this.pendingSpace) this.emit(' ');
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  private emit(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

class SegmentTextMap implements TextMap {
  private byNode: Map<Text, number> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly segments: readonly Segment[],
    private readonly textLength: number,
  ) {}

  rangeFor(start: number, end: number): Range | null {
    const span = this.boundsFor(start, end);
    if (span === null) return null;
    const range = this.doc.createRange();
    if (typeof range.setStart !== 'function') return null;
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
    return range;
  }

  boundsFor(start: number, end: number): DomSpan | null {
    const from = Math.max(0, start);
    const to = Math.min(this.textLength, end);
    if (from >= to) return null;
    // Separators fall between segments: clamp to the first and last segments inside [from, to).
    const first = lowerBound(this.segments, (segment) => segment.end <= from);
    const last = lowerBound(this.segments, (segment) => segment.start < to) - 1;
    const startSegment = this.segments[first];
    const endSegment = this.segments[last];
    if (startSegment === undefined || endSegment === undefined || first > last) return null;
    if (startSegment.start >= to || endSegment.end <= from) return null;
    if (!isIntact(startSegment) || !isIntact(endSegment)) return null;
    const startOffset = dataOffsetAt(startSegment, Math.max(from, startSegment.start));
    const endOffset = dataOffsetAt(endSegment, Math.min(to, endSegment.end) - 1) + 1;
    return { startNode: startSegment.node, startOffset, endNode: endSegment.node, endOffset };
  }

  nodes(): Text[] {
    return this.segments.map((segment) => segment.node);
  }

  /** Every mapped node still in the document, with its text as mapped. */
  intact(): boolean {
    return this.segments.every(isIntact);
  }

  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === TEXT_NODE) return this.offsetInText(node as Text, offset);
    // An element boundary point: the first mapped text at or after that child.
    const children = node.childNodes;
    const doc = node.ownerDocument ?? this.doc;
    for (let i = offset; i < children.length; i++) {
      const child = children[i];
      if (child === undefined) break;
      if (child.nodeType === TEXT_NODE) {
        const found = this.offsetInText(child as Text, 0);
        if (found !== null) return found;
        continue;
      }
      const walker = doc.createTreeWalker(child, 4 /* NodeFilter.SHOW_TEXT */);
      for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
        const found = this.offsetInText(text as Text, 0);
        if (found !== null) return found;
      }
    }
    return null;
  }

  private offsetInText(node: Text, offset: number): number | null {
    this.byNode ??= new Map(this.segments.map((segment, index) => [segment.node, index]));
    const index = this.byNode.get(node);
    const segment = index === undefined ? undefined : this.segments[index];
    if (segment === undefined) return null;
    const { dataIndex } = segment;
    if (dataIndex === null) {
      const relative = Math.min(Math.max(offset - segment.dataStart, 0), segment.end - segment.start);
      return segment.start + relative;
    }
    // First character at or after the data offset (collapsed whitespace maps onto its space).
    let low = 0;
    let high = dataIndex.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((dataIndex[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return segment.start + low;
  }
}

function isIntact(segment: Segment): boolean {
  return segment.node.isConnected && segment.node.data.length === segment.dataLength;
}

function dataOffsetAt(segment: Segment, textOffset: number): number {
  const relative = textOffset - segment.start;
  return segment.dataIndex === null ? segment.dataStart + relative : (segment.dataIndex[relative] ?? 0);
}

/** Index of the first item for which `before` is false; `before` must be true on a prefix only. */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid];
    if (item !== undefined && before(item)) low = mid + 1;
    else high = mid;
  }
  return low;
}
