// Who said what on a tab's page: the popup (the tab it was opened on) and the side panel (the active
// tab of its window, followed). One component tree for both. Page text is rendered as text only (JSX
// escapes it).
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import type { PageState } from '../messages.ts';
import { canOpenSidePanel, openSidePanel } from '../panel/open.ts';
import { Ready } from './Ready.tsx';
import { analyseNow, canRunOn, enableSite, isSiteEnabled, pageState, type TargetTab } from './tab.ts';
import { useTargetTab, type ViewMode } from './target.ts';

const POLL_MS = 250;
const POLL_LIMIT = 120;
/** A page just loaded may not have its content script yet: ask a few more times before "no article". */
const ABSENT_POLLS = 8;

type View = { kind: 'loading' } | { kind: 'absent' } | { kind: 'state'; state: PageState };

export function App({ mode }: { mode: ViewMode }) {
  const tab = useTargetTab(mode);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

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
      polls += 1;
      const again = state === null ? polls < ABSENT_POLLS : state.status === 'loading' && polls < POLL_LIMIT;
      if (again) setTimeout(poll, POLL_MS);
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
    <div class={mode}>
      <header>
        <h1>{t('popupTitle')}</h1>
        {mode === 'popup' && <OpenPanelButton />}
      </header>
      <Body view={view} tab={tab ?? null} onAnalyse={analyse} />
    </div>
  );
}

/** The popup's way into the side panel; the window is known before the click, so the click opens it at once. */
function OpenPanelButton() {
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (canOpenSidePanel()) void browser.windows.getCurrent().then((current) => setWindowId(current.id));
  }, []);
  if (windowId === undefined) return null;
  const open = async () => {
    try {
      await openSidePanel(windowId);
      // In the toolbar popup the panel replaces it; a popup opened as a page (tests) stays.
      if (new URLSearchParams(location.search).get('tab') === null) window.close();
    } catch {
      // The browser refused (no user action): the button stays for another try.
    }
  };
  return (
    <button type="button" class="open-panel" onClick={open}>
      {t('panel_open')}
    </button>
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
      return <Ready key={`${tab?.id}:${state.url}`} state={state} tabId={tab?.id ?? 0} />;
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
