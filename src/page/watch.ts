// Watches the page for changes without letting a page that rewrites itself forever spin the CPU:
// mutation records are batched per animation frame, and the expensive re-read of the article runs
// only after a quiet spell, and at most once per `maxWait()` however busy the page stays.

export interface WatchHandlers {
  /** Once per animation frame with mutations; `removed` when any node left the tree. */
  onFrame(removed: boolean): void;
  /** After QUIET_MS without mutations, or `maxWait()` after the first unsettled one. */
  onSettle(): void;
  /** Longest a change may wait before `onSettle`, in ms (the caller grows it on costly pages). */
  maxWait(): number;
}

const QUIET_MS = 400;

export function watchMutations(target: Node, handlers: WatchHandlers): () => void {
  let framePending = false;
  let removedAny = false;
  let firstUnsettledAt = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const settle = () => {
    firstUnsettledAt = 0;
    handlers.onSettle();
  };

  const flush = () => {
    framePending = false;
    const removed = removedAny;
    removedAny = false;
    handlers.onFrame(removed);
    const now = performance.now();
    if (firstUnsettledAt === 0) firstUnsettledAt = now;
    clearTimeout(settleTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstUnsettledAt + handlers.maxWait() - now));
    settleTimer = setTimeout(settle, wait);
  };

  const observer = new MutationObserver((records) => {
    if (!removedAny) removedAny = records.some((record) => record.removedNodes.length > 0);
    if (!framePending) {
      framePending = true;
      requestAnimationFrame(flush);
    }
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(settleTimer);
  };
}
