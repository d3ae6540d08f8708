// Sites the reader added beyond the default list: the content script registered there dynamically,
// after the browser granted that one origin. Shared by the popup ("always on this site") and the options.
import browser from 'webextension-polyfill';
import contentScript from './page/content.ts?script';

const SITE_PREFIX = 'site:';

export function sitePattern(url: string): { id: string; pattern: string } | null {
  try {
    const { protocol, host } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return { id: `${SITE_PREFIX}${host}`, pattern: `${protocol}//${host}/*` };
  } catch {
    return null;
  }
}

export async function isSiteEnabled(url: string | undefined): Promise<boolean> {
  const site = url ? sitePattern(url) : null;
  if (!site) return false;
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [site.id] }).catch(() => []);
  return scripts.length > 0;
}

/** "Always on this site": asks for this one origin now (a user gesture), then registers the script there. */
export async function enableSite(url: string): Promise<boolean> {
  const site = sitePattern(url);
  if (!site) return false;
  const granted = await browser.permissions.request({ origins: [site.pattern] });
  if (!granted) return false;
  if (!(await isSiteEnabled(url))) {
    await browser.scripting.registerContentScripts([
      {
        id: site.id,
        matches: [site.pattern],
        js: [contentScript],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** The sites added so far, by host, with the pattern each was granted for. */
export async function addedSites(): Promise<{ host: string; pattern: string }[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return scripts
    .filter((script) => script.id.startsWith(SITE_PREFIX))
    .map((script) => ({ host: script.id.slice(SITE_PREFIX.length), pattern: script.matches?.[0] ?? '' }));
}

/** Stops running on an added site and gives its permission back. */
export async function removeSite(host: string): Promise<void> {
  const [script] = await browser.scripting
    .getRegisteredContentScripts({ ids: [`${SITE_PREFIX}${host}`] })
    .catch(() => []);
  if (!script) return;
  await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  if (script.matches) await browser.permissions.remove({ origins: script.matches }).catch(() => false);
}
