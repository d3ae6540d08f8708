/// <reference types="@crxjs/vite-plugin/client" />
import { render } from 'preact';
import { uiDirection, uiLanguage } from '../i18n.ts';
import { App } from '../popup/App.tsx';

document.documentElement.lang = uiLanguage;
document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
if (root) render(<App mode="panel" />, root);
