import { describe, expect, it } from 'vitest';
import { highlightContrast } from '../src/options/contrast.ts';
import { DEFAULT_SETTINGS, hostOf, PAINTED_NAMES, parseSettings, runsOn } from '../src/settings.ts';
import { defaultSiteOf } from '../src/sites.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each bad one by its default only', () => {
    const parsed = parseSettings({
      highlights: { per: false, org: 'no' },
      colours: { quote: { light: '#FF0000', dark: 'red' }, speaker: 5 },
      hoverCard: false,
      disabledSites: ['aljazeera.net', 'evil.example', 3],
      excludedHosts: ['https://www.Example.com/page', 'not a host', 'example.com', 'sub.example.org'],
      historyMax: 1.5,
    });
    expect(parsed.highlights).toEqual({ ...DEFAULT_SETTINGS.highlights, per: false });
    expect(parsed.colours.quote).toEqual({ light: '#ff0000', dark: DEFAULT_SETTINGS.colours.quote.dark });
    expect(parsed.colours.speaker).toEqual(DEFAULT_SETTINGS.colours.speaker);
    expect(parsed.hoverCard).toBe(false);
    expect(parsed.disabledSites).toEqual(['aljazeera.net']);
    expect(parsed.excludedHosts).toEqual(['example.com', 'sub.example.org']);
    expect(parsed.historyMax).toBe(DEFAULT_SETTINGS.historyMax);
    expect(parseSettings({ historyMax: 0 }).historyMax).toBe(0);
    expect(parseSettings({ historyMax: 10_000_000 }).historyMax).toBe(DEFAULT_SETTINGS.historyMax);
  });

  it('bounds the lists it keeps', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ excludedHosts: many }).excludedHosts.length).toBe(500);
  });
});

describe('hostOf', () => {
  it('reads a host from a domain or a URL, without www.', () => {
    expect(hostOf('www.AlJazeera.net')).toBe('aljazeera.net');
    expect(hostOf(' https://news.example.com/a?b ')).toBe('news.example.com');
    expect(hostOf('localhost')).toBeNull();
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(hostOf('')).toBeNull();
  });
});

describe('runsOn', () => {
  it('runs by default everywhere it is injected', () => {
    expect(runsOn(DEFAULT_SETTINGS, 'https://www.aljazeera.net/news/1')).toBe(true);
    expect(runsOn(DEFAULT_SETTINGS, 'https://added.example/story')).toBe(true);
  });

  it('stays off on a default site switched off, sections included, and only there', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['www.bbc.com/arabic', 'aljazeera.net'] };
    expect(runsOn(settings, 'https://www.bbc.com/arabic/world-1')).toBe(false);
    expect(runsOn(settings, 'https://mubasher.aljazeera.net/x')).toBe(false);
    expect(runsOn(settings, 'https://www.alarabiya.net/x')).toBe(true);
  });

  it('stays off on an excluded host and its subdomains, whatever else says', () => {
    const settings = { ...DEFAULT_SETTINGS, excludedHosts: ['alarabiya.net', 'added.example'] };
    expect(runsOn(settings, 'https://www.alarabiya.net/x')).toBe(false);
    expect(runsOn(settings, 'https://added.example/x')).toBe(false);
    expect(runsOn(settings, 'https://notalarabiya.net/x')).toBe(true);
  });
});

describe('defaultSiteOf', () => {
  it('names the default-list entry of a page, as the manifest matches it', () => {
    expect(defaultSiteOf('https://www.youm7.com/story/1')).toBe('youm7.com');
    expect(defaultSiteOf('https://www.bbc.com/arabic/world')).toBe('www.bbc.com/arabic');
    expect(defaultSiteOf('https://www.bbc.com/news/world')).toBeUndefined();
    expect(defaultSiteOf('not a url')).toBeUndefined();
  });
});

describe('highlightContrast', () => {
  it('passes every default colour on its own page theme', () => {
    for (const name of PAINTED_NAMES) {
      for (const theme of ['light', 'dark'] as const) {
        const check = highlightContrast(name, DEFAULT_SETTINGS.colours[name][theme], theme);
        expect(check.ok, `${name} ${theme} ${check.ratio}`).toBe(true);
      }
    }
  });

  it('holds fills to 4.5:1 with the text and underlines to 3:1 with the page', () => {
    expect(highlightContrast('quote', '#ffffff', 'light').ratio).toBeCloseTo(18.88, 1);
    expect(highlightContrast('quote', '#202020', 'light').ok).toBe(false);
    expect(highlightContrast('per', '#ffff00', 'light').ok).toBe(false);
    expect(highlightContrast('per', '#000000', 'light')).toMatchObject({ minimum: 3, ok: true });
    expect(highlightContrast('speaker', '#767676', 'dark')).toMatchObject({ minimum: 4.5 });
  });
});
