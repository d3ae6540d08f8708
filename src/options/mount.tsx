// The extension's full pages start alike: the reader's language and direction, a title, the app.
import { type ComponentChild, render } from 'preact';
import { t, uiDirection, uiLanguage } from '../i18n.ts';

export function mountPage(titleKey: string, app: ComponentChild): void {
  document.documentElement.lang = uiLanguage;
  document.documentElement.dir = uiDirection();
  document.title = t(titleKey);
  const root = document.getElementById('app');
  if (root) render(app, root);
}
