/// <reference types="chrome" />
// The reader's settings, in storage.local: what to highlight and in which colours, the hover card, the
// sites, the history's size. Read by the content script (after its Arabic pre-check), the worker and the
// options page; every read is validated field by field, so a bad value falls back to its default only.
import { DEFAULT_SITES, defaultSiteOf } from './sites.ts';

export type PaintedName = 'quote' | 'speaker' | 'per' | 'org' | 'loc';

export const PAINTED_NAMES: readonly PaintedName[] = ['quote', 'speaker', 'per', 'org', 'loc'];

/** Statements and speakers are filled behind the text; parties are underlined. */
export const COLOUR_ROLE: Record<PaintedName, 'fill' | 'line'> = {
  quote: 'fill',
  speaker: 'fill',
  per: 'line',
  org: 'line',
  loc: 'line',
};

/** `#rrggbb` for light pages and for dark ones. */
export interface HighlightColours {
  light: string;
  dark: string;
}

export interface Settings {
  highlights: Record<PaintedName, boolean>;
  colours: Record<PaintedName, HighlightColours>;
  hoverCard: boolean;
  /** Entries of DEFAULT_SITES the reader switched off. */
  disabledSites: string[];
  /** Hosts (subdomains included) where nothing runs by itself, whatever else says so. */
  excludedHosts: string[];
  /** Articles kept in the history; 0 keeps none. */
  historyMax: number;
}

export const HISTORY_MAX_LIMIT = 100_000;
const MAX_HOSTS = 500;

// The defaults are the former translucent tints laid over white (light) and #111 (dark), made opaque
// so the contrast shown in the options is the contrast painted.
export const DEFAULT_SETTINGS: Settings = {
  highlights: { quote: true, speaker: true, per: true, org: true, loc: true },
  colours: {
    quote: { light: '#fdeeac', dark: '#524512' },
    speaker: { light: '#bae4fe', dark: '#1f4d62' },
    per: { light: '#7c3aed', dark: '#c4b5fd' },
    org: { light: '#0f766e', dark: '#5eead4' },
    loc: { light: '#b45309', dark: '#fdba74' },
  },
  hoverCard: true,
  disabledSites: [],
  excludedHosts: [],
  historyMax: 10_000,
};

export const SETTINGS_KEY = 'settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/;

function colour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value.toLowerCase()) ? value.toLowerCase() : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A host name as typed or pasted (a URL too): lower case, no www., or null when it is not one. */
export function hostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 253) return null;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

function hosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value.slice(0, MAX_HOSTS)) {
    const host = typeof item === 'string' ? hostOf(item) : null;
    if (host) out.add(host);
  }
  return [...out];
}

/** Settings from whatever storage held: each field checked, the default where it is missing or wrong. */
export function parseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  const defaults = DEFAULT_SETTINGS;
  const highlights = isRecord(stored.highlights) ? stored.highlights : {};
  const colours = isRecord(stored.colours) ? stored.colours : {};
  const max = stored.historyMax;
  const known = new Set(DEFAULT_SITES);
  return {
    highlights: Object.fromEntries(
      PAINTED_NAMES.map((name) => [name, flag(highlights[name], defaults.highlights[name])]),
    ) as Settings['highlights'],
    colours: Object.fromEntries(
      PAINTED_NAMES.map((name) => {
        const pair = isRecord(colours[name]) ? colours[name] : {};
        const fallback = defaults.colours[name];
        return [name, { light: colour(pair.light, fallback.light), dark: colour(pair.dark, fallback.dark) }];
      }),
    ) as Settings['colours'],
    hoverCard: flag(stored.hoverCard, defaults.hoverCard),
    disabledSites: Array.isArray(stored.disabledSites)
      ? [...new Set(stored.disabledSites.filter((site): site is string => known.has(site as string)))]
      : [],
    excludedHosts: hosts(stored.excludedHosts),
    historyMax:
      typeof max === 'number' && Number.isInteger(max) && max >= 0 && max <= HISTORY_MAX_LIMIT
        ? max
        : defaults.historyMax,
  };
}

/** Whether the content script may run by itself on this page (a reader's explicit request always may). */
export function runsOn(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (settings.excludedHosts.some((excluded) => host === excluded || host.endsWith(`.${excluded}`)))
    return false;
  const site = defaultSiteOf(url);
  return site === undefined || !settings.disabledSites.includes(site);
}

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await chrome.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls back with the new settings whenever they change (another tab, the options page). */
/** Calls back with the new settings and the ones they replace (both validated). */
export function onSettingsChanged(listener: (settings: Settings, previous: Settings) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
    if (change) listener(parseSettings(change.newValue), parseSettings(change.oldValue));
  });
}
