/// <reference types="@crxjs/vite-plugin/client" />

import { App } from './App.tsx';
import { mountPage } from './mount.tsx';

mountPage('options_title', <App />);
