/// <reference types="@crxjs/vite-plugin/client" />
// Both entry pages (the popup, the side panel) start the same tree, in the reader's language.
import { render } from 'preact';
import { uiDirection, uiLanguage } from '../i18n.ts';
import { App } from './App.tsx';
import type { ViewMode } from './target.ts';

export function mount(mode: ViewMode): void {
  document.documentElement.lang = uiLanguage;
  document.documentElement.dir = uiDirection();
  const root = document.getElementById('app');
  if (root) render(<App mode={mode} />, root);
}
