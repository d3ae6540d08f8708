import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, parseHtmlDocument } from '../src/cli/html.ts';
import { type ArticleText, findArticle, isLikelyArabicArticle } from '../src/page/article.ts';
import { countArabicLetters, countLatinLetters, isArabicLetter } from '../src/page/article-dom.ts';
import type { DomSpan } from '../src/page/textmap.ts';

const PAGES = join(import.meta.dirname, '../../shared/pages');

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const parse = parseHtmlDocument;

function mustFind(doc: Document): ArticleText {
  const article = findArticle(doc);
  if (article === null) throw new Error('no article found');
  return article;
}

interface PageExpectation {
  title: string;
  bodyStart: string;
  bodyEnd: string;
  outsideBody: string[];
}

const pageNames = existsSync(PAGES)
  ? readdirSync(PAGES)
      .filter((name) => name.endsWith('.html') && existsSync(join(PAGES, name.replace(/\.html$/, '.json'))))
      .sort()
  : [];

describe('saved news pages (../shared/pages)', () => {
  it('are present', () => {
    expect(pageNames.length).toBeGreaterThan(0);
  });

  for (const name of pageNames) {
    describe(name, () => {
      const html = readFileSync(join(PAGES, name), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(PAGES, name.replace(/\.html$/, '.json')), 'utf8'),
      ) as PageExpectation;
      const doc = parse(html);
      const article = findArticle(doc);

      it('is recognised as Arabic', () => {
        expect(isLikelyArabicArticle(doc)).toBe(true);
      });

      it('has the displayed headline', () => {
        expect(collapse(article?.headline ?? '')).toBe(collapse(expected.title));
        expect(article?.text.startsWith(`${article.headline}\n\n`)).toBe(true);
      });

      it('holds the body from its first to its last words', () => {
        const text = collapse(article?.text ?? '');
        expect(text).toContain(collapse(expected.bodyStart));
        expect(text).toContain(collapse(expected.bodyEnd));
      });

      it('leaves out what is outside the body', () => {
        const text = collapse(article?.text ?? '');
        for (const outside of expected.outsideBody) expect(text).not.toContain(collapse(outside));
      });

      it('maps random spans back to the DOM', () => {
        if (article === null) throw new Error('no article');
        checkRandomSpans(article, 300);
      });

      it('reads the same through the CLI', () => {
        const fromCli = articleFromHtml(html);
        expect(fromCli?.headline).toBe(article?.headline);
        expect(fromCli?.text).toBe(article?.text);
      });
    });
  }
});

// --- our own pages -----------------------------------------------------------------------------

const PARAGRAPHS: [string, string, string, string] = [
  'قال وزير الخارجية، في مؤتمر صحفي عقده اليوم في العاصمة، إن المفاوضات مع الجانب الآخر ستستأنف الأسبوع المقبل، مؤكدا أن الحكومة ملتزمة بالحل السلمي.',
  'وأضاف الوزير أن "الأولوية الآن هي وقف إطلاق النار وفتح الممرات الإنسانية"، مشيرا إلى أن الاتصالات مستمرة مع الوسطاء الإقليميين والدوليين.',
  'من جهته، أعلن المتحدث باسم المعارضة أن وفدها سيشارك في الجولة المقبلة، لكنه شدد على ضرورة الحصول على ضمانات واضحة قبل أي اتفاق.',
  'ويأتي ذلك بعد أسابيع من التوتر في المنطقة، حيث تبادل الطرفان الاتهامات بخرق الهدنة التي أعلنت في بداية الشهر الماضي.',
];
const HEADLINE = 'وزير الخارجية: المفاوضات تستأنف الأسبوع المقبل';
const SIDEBAR_QUOTE = 'رئيس الوزراء: «لن نتراجع عن الإصلاحات مهما كان الثمن»';
const RELATED_QUOTE = 'المتحدث العسكري: «الوضع تحت السيطرة تماما»';

function newsPage(body: string, extra = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${HEADLINE} - الموقع الإخباري</title><meta property="og:title" content="${HEADLINE}">
<meta name="description" content="وصف لا يراه القارئ"><script type="application/ld+json">{"articleBody":"نص مخفي في JSON"}</script>
</head><body>
<header class="site-header"><a href="/">الموقع الإخباري</a><nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li></ul></nav></header>
<div class="ticker"><a href="/t">عاجل: ${SIDEBAR_QUOTE}</a></div>
<main><div class="wrap">
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>
<li><a href="/1">${SIDEBAR_QUOTE}</a></li><li><a href="/2">وزير المالية: «الموازنة الجديدة تحمي الفقراء»</a></li></ul></aside>
<div class="story"><h1>${HEADLINE}</h1><div class="byline">كتب: محمد علي</div>
<div class="story-body">${body}</div>${extra}</div>
</div></main>
<footer><p>جميع الحقوق محفوظة للموقع الإخباري ٢٠٢٤، ولا يجوز النسخ دون إذن مسبق من الإدارة.</p></footer>
</body></html>`;
}

const paragraphs = (list: string[]) => list.map((text) => `<p>${text}</p>`).join('\n');

describe('a synthetic news layout', () => {
  const doc = parse(newsPage(paragraphs(PARAGRAPHS)));
  const article = mustFind(doc);

  it('finds the headline and the body paragraphs, in order, joined by blank lines', () => {
    expect(article.headline).toBe(HEADLINE);
    expect(article.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
    expect(article.root.getAttribute('class')).toBe('story-body');
  });

  it('leaves out header, nav, ticker, sidebar, footer, JSON and meta text', () => {
    expect(article.text).not.toContain('الأكثر قراءة');
    expect(article.text).not.toContain('لن نتراجع');
    expect(article.text).not.toContain('جميع الحقوق');
    expect(article.text).not.toContain('نص مخفي');
    expect(article.text).not.toContain('وصف لا يراه');
  });

  it('is recognised as Arabic', () => {
    expect(isLikelyArabicArticle(doc)).toBe(true);
  });
});

describe('furniture inside the body container', () => {
  const relatedBox = `<div class="box"><h3>اقرأ أيضا</h3><ul>
<li><a href="/r1">${RELATED_QUOTE}</a></li><li><a href="/r2">وزير الداخلية: «لا تهاون مع المخالفين»</a></li></ul></div>`;
  const body = [
    `<p>${PARAGRAPHS[0]}</p>`,
    relatedBox,
    `<p>${PARAGRAPHS[1]}</p>`,
    `<div class="related-news"><a href="/r3">تقرير: «الأسعار سترتفع»</a> وتفاصيل أخرى كثيرة عن الموضوع نفسه</div>`,
    `<p>اقرأ أيضا: <a href="/r4">${RELATED_QUOTE}</a></p>`,
    `<figure><img src="x.jpg" alt=""><figcaption>الوزير خلال المؤتمر (رويترز)</figcaption></figure>`,
    `<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> شارك الخبر</div>`,
    `<h3>تفاصيل الاجتماع</h3><p>${PARAGRAPHS[2]}</p>`,
    `<p hidden>فقرة مخفية بالسمة</p><p aria-hidden="true">فقرة مخفية للقارئ الآلي</p>`,
    `<p style="color:red; display: none">فقرة مخفية بالنمط</p>`,
    `<div contenteditable="true">نص قابل للتحرير</div>`,
    `<form><label>بريدك</label><input value="نص في حقل"><textarea>نص في مربع</textarea><button>اشترك</button></form>`,
    `<script>var s = "نص في سكربت";</script><style>.a{}</style><noscript>نص بلا سكربت</noscript>`,
    `<template><p>نص في قالب</p></template><svg><text>نص في رسم</text></svg>`,
    `<p>${PARAGRAPHS[3]}</p>`,
    `<div class="policy"><p>ترحب الشبكة بالنقاش، وننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات.</p>
<p>الآراء الواردة أدناه لا تعبر عن رأي الموقع.</p></div>`,
  ].join('\n');
  const article = mustFind(parse(newsPage(body)));

  it('keeps every body paragraph and subheading, and nothing else', () => {
    const [first, second, third, fourth] = PARAGRAPHS;
    expect(article.text).toBe([HEADLINE, first, second, 'تفاصيل الاجتماع', third, fourth].join('\n\n'));
  });

  it('keeps a wrapper that holds the body even when its class sounds like furniture', () => {
    const wrapped = `<div class="widget-content">${paragraphs(PARAGRAPHS)}</div>
<div class="widget"><p>${RELATED_QUOTE}، وتفاصيل أخرى في تقرير منفصل</p></div>`;
    expect(mustFind(parse(newsPage(wrapped))).text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });

  it('does not report related headlines', () => {
    expect(article.text).not.toContain('الوضع تحت السيطرة');
    expect(article.text).not.toContain('الأسعار سترتفع');
  });
});

describe('layouts without body markup', () => {
  it('gathers paragraphs wrapped one by one, without the link lists around them', () => {
    const blocks = PARAGRAPHS.map((text) => `<div data-component="text-block"><p>${text}</p></div>`);
    const links = `<section data-component="links-block"><h2>قصص ذات صلة</h2><ul>
<li><a href="/1">${SIDEBAR_QUOTE}</a></li><li><a href="/2">${RELATED_QUOTE}</a></li></ul></section>`;
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div id="root"><main><article>
<header><h1>${HEADLINE}</h1><time>١ يناير</time></header>${blocks.slice(0, 2).join('')}${links}${blocks.slice(2).join('')}
<section><h2>مواضيع</h2><ul><li><a href="/t">سياسة</a></li></ul></section></article></main></div></body></html>`;
    const article = mustFind(parse(html));
    expect(article.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });

  it('prefers a short article to a long comment thread', () => {
    const comment =
      'أتفق مع ما قاله الكاتب، لكن المشكلة أعمق من ذلك بكثير، والحكومة تتحمل المسؤولية كاملة، ولا بد من محاسبة المقصرين.';
    const thread = Array.from(
      { length: 30 },
      (_, i) => `<li class="comment"><p>${i}: ${comment}</p></li>`,
    ).join('');
    const html = newsPage(paragraphs(PARAGRAPHS)).replace(
      '</main>',
      `<section id="comments"><h2>التعليقات</h2><ol class="comment-list">${thread}</ol></section></main>`,
    );
    expect(mustFind(parse(html)).text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });

  it('does not merge the next story loaded below (infinite scroll)', () => {
    const story = (title: string, body: string[]) =>
      `<article class="post"><h1>${title}</h1>${paragraphs(body)}</article>`;
    const next = story(
      'خبر آخر تماما',
      [...PARAGRAPHS, ...PARAGRAPHS].map((text) => `${text} (إعادة)`),
    );
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="feed">
${story(HEADLINE, PARAGRAPHS)}${next}</div></body></html>`;
    // The next story is longer, so it out-scores this one: the declared title decides.
    expect(mustFind(parse(html)).text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });

  it('takes the common container of a body split by an ad', () => {
    const html = newsPage('').replace(
      '<div class="story-body"></div>',
      `<div class="txt"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></div><div class="adv-slot"><span>إعلان</span></div>
<div class="txt"><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></div>`,
    );
    const article = mustFind(parse(html));
    // The byline names the writer, not a party to the story: it is left out.
    expect(article.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });
});

describe('text as a reader sees it', () => {
  it('collapses whitespace (NBSP too), turns <br> into a line and <br><br> into a paragraph', () => {
    const body = `<div class="article-body">
  ${PARAGRAPHS[0]}<br>${PARAGRAPHS[1]}
  <br><br>
  عنوان فرعي
  <br /><br />
  ${PARAGRAPHS[2].replace(/ /g, ' &nbsp;\n ')}
  <p>  ${PARAGRAPHS[3]}  <b>بالخط</b><i>العريض</i> </p></div>`;
    const article = mustFind(parse(newsPage(body)));
    expect(article.text).toBe(
      `${HEADLINE}\n\n${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}\n\nعنوان فرعي\n\n${PARAGRAPHS[2]}\n\n${PARAGRAPHS[3]} بالخطالعريض`,
    );
  });

  it('reads the article behind an open dialog that aria-hides the page', () => {
    const html = newsPage(paragraphs(PARAGRAPHS))
      .replace('<main>', '<main aria-hidden="true">')
      .replace(
        '</body>',
        '<div role="dialog"><p>اشترك في النشرة البريدية لتصلك آخر الأخبار، مجانا وكل يوم.</p></div></body>',
      );
    expect(mustFind(parse(html)).text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });

  it('takes og:title when the page has no h1', () => {
    const html = newsPage(paragraphs(PARAGRAPHS)).replace(/<h1>.*?<\/h1>/, '');
    const article = mustFind(parse(html));
    expect(article.headline).toBe(HEADLINE);
    expect(article.text.startsWith(`${HEADLINE}\n\n${PARAGRAPHS[0]}`)).toBe(true);
  });

  it('prefers the h1 matching the title over a logo h1', () => {
    const html = newsPage(paragraphs(PARAGRAPHS)).replace(
      '<header class="site-header">',
      '<header class="site-header"><h1>الموقع الإخباري</h1>',
    );
    expect(mustFind(parse(html)).headline).toBe(HEADLINE);
  });

  it('takes a matching h2 when the only h1 is the logo', () => {
    const html = newsPage(paragraphs(PARAGRAPHS))
      .replace(
        '<header class="site-header">',
        '<header class="site-header"><h1><a href="/">الموقع الإخباري</a></h1>',
      )
      .replace(`<h1>${HEADLINE}</h1>`, `<h2 class="title">${HEADLINE}</h2>`);
    const article = mustFind(parse(html));
    expect(article.headline).toBe(HEADLINE);
    expect(article.map.nodes()[0]?.parentElement?.tagName).toBe('H2');
  });

  it('takes the h1 by the body when the declared title is worded differently', () => {
    const html = newsPage(paragraphs(PARAGRAPHS))
      .replaceAll(HEADLINE, 'عنوان آخر لمحركات البحث')
      .replace(
        '<div class="story"><h1>عنوان آخر لمحركات البحث</h1>',
        `<div class="story"><h1>${HEADLINE}</h1>`,
      )
      .replace('<header class="site-header">', '<header class="site-header"><h1>الموقع الإخباري</h1>');
    expect(mustFind(parse(html)).headline).toBe(HEADLINE);
  });
});

describe('pages without an Arabic article', () => {
  it('returns null for an English page', () => {
    const english = Array.from(
      { length: 20 },
      (_, i) => `<p>Paragraph ${i}: the minister said, in a long statement, that talks would resume.</p>`,
    ).join('');
    const doc = parse(
      `<html lang="en"><head><title>Talks resume</title></head><body><h1>Talks resume</h1><article>${english}</article></body></html>`,
    );
    expect(isLikelyArabicArticle(doc)).toBe(false);
    expect(findArticle(doc)).toBeNull();
  });

  it('returns null for an empty page', () => {
    for (const html of [
      '',
      '<html><head></head><body></body></html>',
      '<html lang="ar"><body> </body></html>',
    ]) {
      const doc = parse(html);
      expect(findArticle(doc)).toBeNull();
    }
    expect(isLikelyArabicArticle(parse(''))).toBe(false);
  });

  it('returns null for an Arabic page of headlines only', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/${i}">${PARAGRAPHS[i % 4]}</a></li>`,
    ).join('');
    const doc = parse(`<html lang="ar"><body><h1>الرئيسية</h1><ul class="list">${links}</ul></body></html>`);
    expect(findArticle(doc)).toBeNull();
  });

  it('recognises Arabic without a lang attribute from the title or the text', () => {
    expect(
      isLikelyArabicArticle(parse(`<html><head><title>${HEADLINE}</title></head><body></body></html>`)),
    ).toBe(true);
    expect(isLikelyArabicArticle(parse(`<html><body><p>${PARAGRAPHS[0]}</p></body></html>`))).toBe(true);
    expect(isLikelyArabicArticle(parse(`<html lang="fa"><body><p>${PARAGRAPHS[0]}</p></body></html>`))).toBe(
      false,
    );
  });
});

describe('large and broken pages', () => {
  it('handles 10,000 paragraphs', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `<p>الفقرة ${i}: ${PARAGRAPHS[i % 4]}</p>`).join(
      '\n',
    );
    const article = mustFind(parse(newsPage(many)));
    expect(article.text.startsWith(`${HEADLINE}\n\nالفقرة 0: ${PARAGRAPHS[0]}`)).toBe(true);
    expect(article.text.endsWith(`الفقرة 9999: ${PARAGRAPHS[3]}`)).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(10_001);
    checkRandomSpans(article, 200);
  });

  it('reads malformed HTML', () => {
    const html = `<title>${HEADLINE}</title><h1>${HEADLINE}<div class="content"><p>${PARAGRAPHS[0]}
<p>${PARAGRAPHS[1]}</b></i></span><div><p>${PARAGRAPHS[2]}</div></div></div></div><p>${PARAGRAPHS[3]}
<table><tr><td>خلية</table></p><div class="sidebar"><a href="/x">${SIDEBAR_QUOTE}`;
    const article = mustFind(parse(html));
    const text = collapse(article.text);
    for (const paragraph of PARAGRAPHS.slice(0, 3)) expect(text).toContain(paragraph);
    expect(text).not.toContain('لن نتراجع');
    checkRandomSpans(article, 100);
  });

  it('survives deep nesting', () => {
    const deep = `${'<div>'.repeat(5000)}${paragraphs(PARAGRAPHS)}${'</div>'.repeat(5000)}`;
    const article = mustFind(parse(newsPage(deep)));
    expect(article.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });
});

// --- text map ------------------------------------------------------------------------------------

describe('the text map', () => {
  const body = `<p>${PARAGRAPHS[0]}</p><div class="box"><ul><li><a href="/1">رابط</a></li></ul></div>
<p>  بداية  <b>نص   عريض</b>&nbsp;&nbsp;ثم<i> مائل </i>  ونهاية<br>سطر جديد </p><p>${PARAGRAPHS[1]}</p>`;
  const doc = parse(newsPage(body));
  const article = mustFind(doc);

  it('resolves spans to text nodes and offsets', () => {
    const start = article.text.indexOf('نص عريض');
    const span = article.map.boundsFor(start, start + 'نص عريض ثم'.length);
    expect(span?.startNode.data).toBe('نص   عريض');
    expect(span?.startOffset).toBe(0);
    expect(domText(span as DomSpan)).toBe('نص   عريض\u00a0\u00a0ثم');
  });

  it('skips separators at the edges of a span', () => {
    const end = article.text.indexOf(PARAGRAPHS[1]);
    const span = article.map.boundsFor(end - 2, end + 3);
    expect(span?.startNode.data).toBe(PARAGRAPHS[1]);
    expect(span?.startOffset).toBe(0);
    expect(article.map.boundsFor(end - 2, end)).toBeNull();
  });

  it('maps DOM positions back to text offsets', () => {
    const bold = doc.querySelector('.story-body b')?.firstChild as Text;
    const offset = article.map.offsetOf(bold, 5);
    expect(article.text.slice(offset ?? 0, (offset ?? 0) + 4)).toBe('عريض');
    const paragraph = doc.querySelectorAll('.story-body p')[1] as Element;
    expect(article.map.offsetOf(paragraph, 1)).toBe(article.text.indexOf('نص عريض'));
    expect(article.map.offsetOf(doc.querySelector('.box a')?.firstChild as Text, 0)).toBeNull();
  });

  it('lists the covered text nodes, headline first', () => {
    const nodes = article.map.nodes();
    expect(nodes[0]?.data).toBe(HEADLINE);
    expect(nodes.some((node) => node.data === 'رابط')).toBe(false);
  });

  it('returns null once the nodes are gone', () => {
    const page = mustFind(parse(newsPage(paragraphs(PARAGRAPHS))));
    const start = page.text.indexOf(PARAGRAPHS[2]);
    expect(page.map.boundsFor(start, start + 10)).not.toBeNull();
    page.root.querySelectorAll('p')[2]?.remove();
    expect(page.map.boundsFor(start, start + 10)).toBeNull();
    expect(page.map.rangeFor(start, start + 10)).toBeNull();
  });
});

/**
 * For seeded random spans of the text: the DOM between the resolved bounds reads as the same text.
 * Spans inside one line are compared with whitespace collapsed; spans across lines with whitespace
 * removed, as blocks meet in the DOM without any. Only mapped nodes count, so furniture the walk left
 * out between two paragraphs does not break the comparison.
 */
function checkRandomSpans(article: ArticleText, count: number): void {
  const random = seededRandom(42);
  const mapped = new Set<Node>(article.map.nodes());
  const { text } = article;
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * text.length);
    const oneLine = random() < 0.6;
    const lineEnd = text.indexOf('\n', start);
    const limit = oneLine && lineEnd >= 0 ? lineEnd : text.length;
    const end = Math.min(limit, start + 1 + Math.floor(random() * (oneLine ? 80 : 600)));
    const slice = text.slice(start, end);
    const span = article.map.boundsFor(start, end);
    if (slice.trim() === '') {
      expect(span).toBeNull();
      continue;
    }
    expect(span, `span ${start}-${end}`).not.toBeNull();
    const dom = domText(span as DomSpan, mapped);
    if (slice.includes('\n')) expect(dom.replace(/\s+/g, '')).toBe(slice.replace(/\s+/g, ''));
    else expect(collapse(dom)).toBe(collapse(slice));
    // Back to the text: the first mapped offset of the span (a leading separator is skipped).
    const back = article.map.offsetOf(span?.startNode as Text, span?.startOffset as number) ?? -1;
    expect(back).toBeGreaterThanOrEqual(start);
    expect(back).toBeLessThanOrEqual(start + slice.search(/\S/));
  }
}

/** The text between two DOM boundary points, in document order (only `only` nodes when given). */
function domText(span: DomSpan, only?: Set<Node>): string {
  const doc = span.startNode.ownerDocument;
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  let text = '';
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    if (node === span.startNode) inside = true;
    if (!inside) continue;
    const from = node === span.startNode ? span.startOffset : 0;
    const to = node === span.endNode ? span.endOffset : node.data.length;
    if (only === undefined || only.has(node)) text += node.data.slice(from, to);
    if (node === span.endNode) break;
  }
  return text;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

describe('letter counts', () => {
  it('agree with the per-character definition', () => {
    const text = 'قال «الوزيرُ» ـ Ünïcode, 123 ٤٥٦ ﻻ ڤ ۓ abc ÀÖØöø×÷ ɏ ئ';
    const arabic = [...text].filter((ch) => isArabicLetter(ch.charCodeAt(0))).length;
    expect(countArabicLetters(text)).toBe(arabic);
    expect(countLatinLetters(text)).toBe([...'Ünïcodeabc'].length + [...'ÀÖØöøɏ'].length);
  });
});
