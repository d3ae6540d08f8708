// The extension's own pages (options, history) in real Chromium: accessibility checks, screenshots, and
// an article of ours that quotes a speaker of the seed under another spelling.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { newsPage } from './fixtures.ts';
import type { Browser } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.x A/AA rules and best practices; each violation as «rule: the nodes it found».
const AXE_RUN = `axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
}).then((result) => result.violations.map((violation) =>
  violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(' | ')))`;

/**
 * axe-core's violations on a page as it stands, through anything that evaluates an expression there
 * (a Playwright page, or the side panel reached through DevTools): no page CSP applies.
 */
export async function axeViolations(page: {
  evaluate(expression: string): Promise<unknown>;
}): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(AXE_RUN)) as string[];
}

export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Every focusable control reached with Tab shows a visible focus ring. */
export async function tabStopsWithoutFocusRing(page: Page, stops: number): Promise<string[]> {
  const missing: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const described = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      return ring
        ? ''
        : `${element.localName}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}`;
    });
    if (described === null) break;
    if (described) missing.push(described);
  }
  return missing;
}

export function screenshotPath(name: string): string {
  mkdirSync('out', { recursive: true });
  return `out/${name}.png`;
}

/** Our own text: Lavrov as «سيرغي لافروف» (the seed has «سيرجي لافروف»), and a second speaker. */
export const LAVROV_PARAGRAPHS = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن "الحوار مع واشنطن ما زال ممكنا رغم كل الخلافات القائمة بين البلدين". وجاءت تصريحاته خلال مؤتمر صحفي عقده في موسكو بعد لقائه نظيره التركي.',
  'وأضاف لافروف أن بلاده تنتظر ردا واضحا من الأمم المتحدة بشأن المقترح الروسي الخاص بالممرات الإنسانية. وأشار إلى أن المشاورات ستستمر الأسبوع المقبل في جنيف.',
  'من جهته قال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد إن "القاهرة تتابع الموقف عن كثب وتدعو جميع الأطراف إلى التهدئة". وأكد أن بلاده على اتصال دائم مع الجانبين.',
];

/** …under a headline a spreadsheet would run as a formula. */
export const LAVROV_PAGE = newsPage({
  headline: '=HYPERLINK("https://example.invalid","انقر") لافروف: الحوار مع واشنطن ممكن',
  body: LAVROV_PARAGRAPHS,
});
