// UI strings for the popup and the hover card. The reader's preferred languages pick (Arabic unless
// English comes first): Chromium builds without an Arabic UI pack still honour them, chrome.i18n does not.
import ar from '../public/_locales/ar/messages.json' with { type: 'json' };
import en from '../public/_locales/en/messages.json' with { type: 'json' };

export type UiLanguage = 'ar' | 'en';

type Catalog = Record<string, { message: string }>;

const CATALOGS: Record<UiLanguage, Catalog> = { ar, en };

export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ar' || primary === 'en') return primary;
  }
  return 'ar';
}

export const uiLanguage: UiLanguage = pickLanguage(
  typeof navigator === 'undefined' ? [] : navigator.languages,
);

export function uiDirection(language: UiLanguage = uiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** A UI string; `$1` in it takes `substitution`. The key itself when missing. */
export function t(key: string, substitution?: string | number, language: UiLanguage = uiLanguage): string {
  const entry = CATALOGS[language][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  // A function, not a string: `$&` or `$1` inside the substitution (an error's text) stays as written.
  const value = substitution === undefined ? '' : String(substitution);
  return entry.message.replace(/\$[A-Z_]+\$/g, () => value);
}
