// Which tab the view is about. The popup: the tab it was opened on. The side panel: whichever tab is
// active in its window, followed as the reader switches tabs or the tab loads another page.
import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { type TargetTab, targetTab } from './tab.ts';

export type ViewMode = 'popup' | 'panel';

/** `panel/index.html?window=ID` (the panel opened as a page, as tests may do), else the panel's window. */
async function panelWindow(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('window'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await browser.windows.getCurrent()).id;
}

function asTarget(tab: Tabs.Tab | undefined): TargetTab | null {
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * The target tab: undefined while looking, null when there is none. In the panel a new object each time
 * the target changes or loads, so whoever depends on it asks the page again.
 */
export function useTargetTab(mode: ViewMode): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);

  useEffect(() => {
    if (mode === 'popup') {
      void targetTab().then(setTab);
      return;
    }
    let windowId: number | undefined;
    let current: number | undefined;
    const follow = (next: TargetTab | null) => {
      current = next?.id;
      setTab(next);
    };
    const onActivated = ({ tabId, windowId: where }: Tabs.OnActivatedActiveInfoType) => {
      if (where === windowId)
        void browser.tabs
          .get(tabId)
          .then(asTarget, () => null)
          .then(follow);
    };
    // Loading and complete: cleared, then the new page's content script has run (document_idle).
    const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType, updated: Tabs.Tab) => {
      if (tabId === current && change.status !== undefined) follow(asTarget(updated));
    };
    void panelWindow().then(async (id) => {
      windowId = id;
      const [active] = id === undefined ? [] : await browser.tabs.query({ active: true, windowId: id });
      follow(asTarget(active));
    });
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [mode]);

  return tab;
}
