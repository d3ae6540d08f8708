/// <reference types="chrome" />
// The hover card: who said the statement under the pointer. It lives in a closed shadow root on a host
// attached to <html> only while shown, so page CSS cannot reach it; page text goes in as textContent.

export interface CardContent {
  speaker: string;
  speakerType: string;
  cue: string;
  kind: string;
}

const CARD_CSS = `
  .card {
    box-sizing: border-box; max-width: 320px; padding: 8px 10px; border-radius: 8px;
    font: 14px/1.5 system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif;
    background: #111827; color: #f9fafb; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
    text-align: start;
  }
  .speaker { font-weight: 700; }
  .row { color: #d1d5db; font-size: 12px; }
  .row b { color: #f9fafb; font-weight: 600; }
`;

export class HoverCard {
  readonly #host: HTMLElement;
  readonly #speaker: HTMLElement;
  readonly #cue: HTMLElement;
  readonly #kind: HTMLElement;
  readonly #type: HTMLElement;
  #shown = false;

  constructor(labels: { cue: string; kind: string; dir: 'rtl' | 'ltr' }) {
    this.#host = document.createElement('isnad-card');
    const style = this.#host.style;
    for (const [property, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
      ['display', 'block'],
    ]) {
      style.setProperty(property as string, value as string, 'important');
    }
    const root = this.#host.attachShadow({ mode: 'closed' });
    const css = document.createElement('style');
    css.textContent = CARD_CSS;
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.dir = labels.dir;
    this.#speaker = document.createElement('span');
    this.#speaker.className = 'speaker';
    this.#type = document.createElement('span');
    this.#type.className = 'row';
    const head = document.createElement('div');
    head.append(this.#speaker, ' · ', this.#type);
    this.#cue = document.createElement('b');
    this.#kind = document.createElement('b');
    const cueRow = document.createElement('div');
    cueRow.className = 'row';
    cueRow.append(`${labels.cue}: `, this.#cue);
    const kindRow = document.createElement('div');
    kindRow.className = 'row';
    kindRow.append(`${labels.kind}: `, this.#kind);
    card.append(head, cueRow, kindRow);
    root.append(css, card);
  }

  show(content: CardContent, x: number, y: number): void {
    this.#speaker.textContent = content.speaker;
    this.#type.textContent = content.speakerType;
    this.#cue.textContent = content.cue;
    this.#kind.textContent = content.kind;
    const left = Math.max(8, Math.min(x + 12, window.innerWidth - 330));
    const top = y + 80 > window.innerHeight ? y - 90 : y + 18;
    this.#host.style.setProperty('left', `${left}px`, 'important');
    this.#host.style.setProperty('top', `${Math.max(8, top)}px`, 'important');
    if (!this.#shown) {
      document.documentElement.append(this.#host);
      this.#shown = true;
    }
  }

  hide(): void {
    if (!this.#shown) return;
    this.#host.remove();
    this.#shown = false;
  }
}
