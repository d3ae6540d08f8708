// Pages built at test time. The seed article is read from ../shared (never copied into the repo); the
// furniture around it (masthead, navigation, sidebar headlines with quotes, footer) is our own text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.ISNAD_SHARED ?? '../shared');

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function seedText(): string {
  const dir = join(SHARED, 'seeds');
  const [file] = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (!file) throw new Error(`no seed in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/** Splits running text into paragraphs of about three sentences. */
export function paragraphs(text: string): string[] {
  const sentences = text.replace(/\s+/g, ' ').match(/[^.!؟?]+[.!؟?]+["»”]?\s*|[^.!؟?]+$/g) ?? [text];
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 3)
    out.push(
      sentences
        .slice(i, i + 3)
        .join('')
        .trim(),
    );
  return out.filter((paragraph) => paragraph.length > 0);
}

/** Sidebar furniture: quoted headlines that are not this article's statements. */
export const SIDEBAR_HEADLINES = [
  'وزير الاقتصاد: «الأسعار ستنخفض قبل نهاية العام»',
  'رئيس الاتحاد يقول إن "الموسم المقبل سيبدأ في موعده"',
  'خبير مناخ: «الصيف القادم سيكون الأشد حرارة»',
];

export interface NewsPageOptions {
  headline: string;
  body: string[];
  lang?: string;
  /** Raw HTML placed inside the article after the body (trusted, ours). */
  extraBodyHtml?: string;
  /** Raw script placed at the end of <body> (trusted, ours). */
  script?: string;
  dark?: boolean;
}

export function newsPage(options: NewsPageOptions): string {
  const lang = options.lang ?? 'ar';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const colours = options.dark ? 'background:#111;color:#eee' : 'background:#fff;color:#111';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(options.headline)} - أخبار</title>
<style>
  body { margin: 0; font: 18px/1.8 sans-serif; ${colours} }
  .masthead { height: 120px; background: #b80000; color: #fff; font-size: 32px; padding: 20px; }
  nav a { margin: 0 8px; }
  .layout { display: flex; gap: 24px; padding: 0 24px; }
  article { flex: 3; }
  aside { flex: 1; border-inline-start: 1px solid #ccc; padding: 12px; }
  .hero { height: 900px; background: linear-gradient(#ddd, #999); }
  footer { margin-top: 40px; padding: 20px; background: #222; color: #ccc; }
</style></head>
<body>
<header class="masthead">أخبار العالم<nav><a href="/">الرئيسية</a><a href="/world">العالم</a><a href="/sport">رياضة</a><a href="/economy">اقتصاد</a></nav></header>
<div class="layout">
  <article>
    <h1>${escapeHtml(options.headline)}</h1>
    <p class="byline">تحرير: قسم الأخبار الدولية</p>
    <div class="hero" role="img" aria-label="صورة"></div>
    <div class="story-body">
${options.body.map((paragraph) => `      <p>${escapeHtml(paragraph)}</p>`).join('\n')}
${options.extraBodyHtml ?? ''}
    </div>
  </article>
  <aside>
    <h2>الأكثر قراءة</h2>
    <ul>
${SIDEBAR_HEADLINES.map((headline) => `      <li><a href="/story">${escapeHtml(headline)}</a></li>`).join('\n')}
    </ul>
  </aside>
</div>
<footer>جميع الحقوق محفوظة. سياسة الخصوصية. اتصل بنا.</footer>
${options.script ? `<script>${options.script}</script>` : ''}
</body></html>`;
}

export function seedPage(): string {
  return newsPage({
    headline: 'روسيا مستعدة لقنوات اتصال مع التحالف في سوريا',
    body: paragraphs(seedText()),
  });
}

/** A saved page with its scripts removed: offline they only fail, and the article is in the HTML. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

export interface SavedPageSpeaker {
  speaker: string;
  forms: string[];
  type: string;
  snippets: string[];
  count: number;
  countRange?: [number, number];
  optional?: boolean;
}

export interface SavedPage {
  file: string;
  site: string;
  title: string;
  bodyStart: string;
  bodyEnd: string;
  hasQuotes: boolean;
  hasDirectQuotes: boolean;
  speakers: SavedPageSpeaker[];
  outsideBody: string[];
}

export function savedPages(): { name: string; meta: SavedPage; html: string }[] {
  const dir = join(SHARED, 'pages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as SavedPage;
      return { name: name.replace(/\.json$/, ''), meta, html: readFileSync(join(dir, meta.file), 'utf8') };
    });
}

/** The host a saved page is served from: its site, under www. unless it names a subdomain already. */
export function hostFor(site: string): string {
  return site.split('.').length > 2 && !site.endsWith('.com.tn') && !site.endsWith('.org.eg')
    ? site
    : `www.${site}`;
}
