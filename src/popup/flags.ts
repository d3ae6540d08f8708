// The reader's flags for the article on view: read from the worker when the page is shown, written on
// each change; matched to the statements by their identity (src/report/identity.ts).
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type FlagRequest, isFlagsReply, type PageReady, type StoredFlag } from '../messages.ts';
import { matchFlags, sameKey, statementKey } from '../report/identity.ts';
import type { StatementFlag } from '../report/record.ts';

async function ask(message: { type: 'flags'; url: string } | FlagRequest): Promise<StoredFlag[]> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isFlagsReply(reply)) throw new Error('malformed reply');
  if (!reply.ok) throw new Error(reply.error);
  return reply.flags;
}

export interface Flags {
  /** Statement index → its flag. */
  byStatement: ReadonlyMap<number, StoredFlag>;
  set(index: number, flag: StatementFlag | null): Promise<void>;
}

export function useFlags(state: PageReady): Flags {
  const [stored, setStored] = useState<StoredFlag[]>([]);
  const { url, quotes } = state;

  useEffect(() => {
    let current = true;
    setStored([]);
    ask({ type: 'flags', url }).then(
      (flags) => current && setStored(flags),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [url]);

  const byStatement = useMemo(() => matchFlags(quotes, stored), [quotes, stored]);

  const set = useCallback(
    async (index: number, flag: StatementFlag | null) => {
      const quote = quotes[index];
      if (!quote) return;
      const key = statementKey(quote);
      const previous = byStatement.get(index)?.key;
      const request: FlagRequest = { type: 'flag', url, key, flag };
      if (previous && !sameKey(previous, key)) request.previous = previous;
      setStored(await ask(request));
    },
    [url, quotes, byStatement],
  );

  return { byStatement, set };
}
