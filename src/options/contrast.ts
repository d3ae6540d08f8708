// WCAG 2 contrast for the colour settings. A fill lies behind body text, so the text on it must reach
// 4.5:1 (1.4.3); an underline is a mark beside the text, a non-text element: 3:1 against the page (1.4.11).
import { COLOUR_ROLE, type PaintedName } from '../settings.ts';

/** What a typical page paints: its text and background, light and dark. */
export const PAGE = {
  light: { text: '#111111', background: '#ffffff' },
  dark: { text: '#eeeeee', background: '#111111' },
} as const;

export const MINIMUM = { fill: 4.5, line: 3 } as const;

function channel(hex: string, offset: number): number {
  const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export interface ContrastCheck {
  ratio: number;
  minimum: number;
  ok: boolean;
}

/** The contrast a highlight colour gives on a light or a dark page. */
export function highlightContrast(name: PaintedName, colour: string, theme: 'light' | 'dark'): ContrastCheck {
  const role = COLOUR_ROLE[name];
  const page = PAGE[theme];
  const ratio = role === 'fill' ? contrastRatio(page.text, colour) : contrastRatio(colour, page.background);
  return { ratio, minimum: MINIMUM[role], ok: ratio >= MINIMUM[role] };
}
