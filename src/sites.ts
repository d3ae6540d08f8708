// Arabic news sites the content script runs on by default (http and https, subdomains included).
// Elsewhere it runs only when the reader asks (activeTab) or grants the site.
const WHOLE_SITES = [
  'aljazeera.net',
  'alarabiya.net',
  'skynewsarabia.com',
  'aawsat.com',
  'arabic.cnn.com',
  'independentarabia.com',
  'youm7.com',
  'masrawy.com',
  'hespress.com',
  'alquds.co.uk',
  'annahar.com',
  'almasryalyoum.com',
  'alyaum.com',
  'elbalad.news',
  'albayan.ae',
  'elbaladtv.net',
  'assabah.com.tn',
  'ahram.org.eg',
  'elwatannews.com',
  'alwatan.com.sa',
  'alkhaleej.ae',
  'aljarida.com',
  'arabic.rt.com',
  'arabic.euronews.com',
  'alghad.com',
  'addustour.com',
  'alrai.com',
  'okaz.com.sa',
  'shorouknews.com',
  'akhbarelyom.com',
  'alaraby.co.uk',
  'arabi21.com',
  'emaratalyoum.com',
  'alittihad.ae',
  'enabbaladi.net',
  'alhurra.com',
];

/** Sites whose Arabic edition lives under a path. */
const SECTIONS = ['www.bbc.com/arabic', 'www.france24.com/ar/', 'www.dw.com/ar/', 'www.rudaw.net/arabic'];

export const NEWS_MATCHES: string[] = [
  // "*.site" covers the bare domain too.
  ...WHOLE_SITES.map((site) => `*://*.${site}/*`),
  ...SECTIONS.map((section) => `*://${section}*`),
];

/** Every default site as the options page lists it: a domain, or a host with the path of its Arabic section. */
export const DEFAULT_SITES: readonly string[] = [...WHOLE_SITES, ...SECTIONS];

/** The default-list entry a page belongs to, if any (as NEWS_MATCHES matches it). */
export function defaultSiteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const whole = WHOLE_SITES.find((site) => host === site || host.endsWith(`.${site}`));
  if (whole) return whole;
  const path = `${host}${parsed.pathname}`;
  return SECTIONS.find((section) => path.startsWith(section));
}
