/// <reference types="@crxjs/vite-plugin/client" />
// Every extension page (popup, side panel, history, options) starts alike: the reader's language and
// direction, a title where the page has one, the app.
import { type ComponentChild, render } from 'preact';
import { t, uiDirection, uiLanguage } from './i18n.ts';

export function mountPage(app: ComponentChild, titleKey?: string): void {
  document.documentElement.lang = uiLanguage;
  document.documentElement.dir = uiDirection();
  if (titleKey) document.title = t(titleKey);
  const root = document.getElementById('app');
  if (root) render(app, root);
}
