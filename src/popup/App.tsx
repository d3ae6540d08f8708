// The popup: who said what on the tab's page. Page text is rendered as text only (JSX escapes it).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { PageReady, PageState, QuoteView } from '../messages.ts';
import { groupBySpeaker, groupParties, PARTY_TYPES, type SpeakerGroup } from './model.ts';
import {
  analyseNow,
  canRunOn,
  enableSite,
  isSiteEnabled,
  pageState,
  reveal,
  type TargetTab,
  targetTab,
} from './tab.ts';

const POLL_MS = 250;
const POLL_LIMIT = 120;
const CLIP_CHARS = 160;

type View = { kind: 'loading' } | { kind: 'absent' } | { kind: 'state'; state: PageState };

export function App() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    void targetTab().then(setTab);
  }, []);

  useEffect(() => {
    if (!tab) {
      if (tab === null) setView({ kind: 'absent' });
      return;
    }
    let stopped = false;
    let polls = 0;
    const poll = async () => {
      const state = await pageState(tab.id);
      if (stopped) return;
      if (state === null) setView({ kind: 'absent' });
      else setView({ kind: 'state', state });
      if (state?.status === 'loading' && ++polls < POLL_LIMIT) setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [tab, generation]);

  const analyse = useCallback(async () => {
    if (!tab) return;
    setView({ kind: 'loading' });
    try {
      await analyseNow(tab.id);
    } catch {
      setView({ kind: 'state', state: { status: 'error', error: t('cannotRunHere') } });
      return;
    }
    setTimeout(() => setGeneration((value) => value + 1), POLL_MS);
  }, [tab]);

  return (
    <div class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
      </header>
      <Body view={view} tab={tab ?? null} onAnalyse={analyse} />
    </div>
  );
}

function Body({ view, tab, onAnalyse }: { view: View; tab: TargetTab | null; onAnalyse: () => void }) {
  if (view.kind === 'absent') return <NoArticle tab={tab} onAnalyse={onAnalyse} />;
  const state: PageState = view.kind === 'state' ? view.state : { status: 'loading' };
  switch (state.status) {
    case 'loading':
      return (
        <p class="status" role="status">
          {t('loading')}
        </p>
      );
    case 'not-arabic':
      return <NoArticle tab={tab} onAnalyse={onAnalyse} />;
    case 'error':
      return (
        <p class="status error" role="alert">
          {t('error', state.error)}
        </p>
      );
    default:
      return <Ready state={state} tabId={tab?.id ?? 0} />;
  }
}

function NoArticle({ tab, onAnalyse }: { tab: TargetTab | null; onAnalyse: () => void }) {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    void isSiteEnabled(tab?.url).then(setEnabled);
  }, [tab]);
  const runnable = tab !== null && canRunOn(tab.url);
  const enable = async () => {
    if (tab?.url && (await enableSite(tab.url).catch(() => false))) {
      setEnabled(true);
      onAnalyse();
    }
  };
  return (
    <section class="empty">
      <p class="status">{runnable ? t('noArticle') : t('cannotRunHere')}</p>
      {runnable && (
        <div class="actions">
          <button type="button" class="primary" onClick={onAnalyse}>
            {t('analysePage')}
          </button>
          {tab?.url &&
            (enabled ? (
              <span class="note">{t('siteEnabled')}</span>
            ) : (
              <button type="button" onClick={enable}>
                {t('alwaysOnSite')}
              </button>
            ))}
        </div>
      )}
    </section>
  );
}

function Ready({ state, tabId }: { state: PageReady; tabId: number }) {
  const speakers = groupBySpeaker(state.quotes);
  const parties = groupParties(state.parties);
  return (
    <>
      {!state.highlighting && (
        <p class="notice" role="note">
          {t('noHighlightApi')}
        </p>
      )}
      <p class="headline" dir="auto">
        {state.headline}
        {state.cached && <span class="note"> · {t('fromCache')}</span>}
      </p>
      <section aria-labelledby="speakers-title">
        <h2 id="speakers-title">{t('speakers')}</h2>
        {speakers.length === 0 ? (
          <p class="status">{t('noQuotes')}</p>
        ) : (
          <ol class="speakers">
            {speakers.map((group) => (
              <SpeakerItem key={`${group.type}:${group.name}`} group={group} tabId={tabId} />
            ))}
          </ol>
        )}
      </section>
      {state.parties.length > 0 && (
        <section aria-labelledby="parties-title">
          <h2 id="parties-title">{t('parties')}</h2>
          {PARTY_TYPES.map((type) => {
            const list = parties.get(type) ?? [];
            if (list.length === 0) return null;
            return (
              <div class={`party-group party-${type}`} key={type}>
                <h3>{t(`type_${type}`)}</h3>
                <ul class="parties">
                  {list.map((party) => (
                    <li key={party.name} dir="auto">
                      <span class="party-name">{party.name}</span> <span class="count">{party.count}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}

function SpeakerItem({ group, tabId }: { group: SpeakerGroup; tabId: number }) {
  return (
    <li class="speaker">
      <div class="speaker-head">
        <span class="speaker-name" dir="auto">
          {group.name ?? t('unknownSpeaker')}
        </span>
        {group.type && <span class={`type type-${group.type}`}>{t(`type_${group.type}`)}</span>}
        <span class="count">{t('statementCount', group.statements.length)}</span>
      </div>
      {group.phrase && group.name && group.phrase.length > group.name.length && (
        <div class="phrase" dir="auto">
          {group.phrase}
        </div>
      )}
      <ul class="statements">
        {group.statements.map(({ index, quote }) => (
          <Statement key={index} index={index} quote={quote} tabId={tabId} />
        ))}
      </ul>
    </li>
  );
}

function Statement({ index, quote, tabId }: { index: number; quote: QuoteView; tabId: number }) {
  const [open, setOpen] = useState(false);
  const long = quote.text.length > CLIP_CHARS;
  const shown = open || !long ? quote.text : `${quote.text.slice(0, CLIP_CHARS)}…`;
  return (
    <li class="statement">
      <span class={`kind kind-${quote.kind}`}>{t(`kind_${quote.kind}`)}</span>
      <button type="button" class="quote-text" dir="auto" onClick={() => void reveal(tabId, index)}>
        {shown}
      </button>
      {long && (
        <button type="button" class="more" onClick={() => setOpen(!open)}>
          {open ? t('less') : t('more')}
        </button>
      )}
    </li>
  );
}
