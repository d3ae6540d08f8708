/// <reference types="@crxjs/vite-plugin/client" />
import { mountPage } from '../options/mount.tsx';
import { App } from './App.tsx';

mountPage('history_title', <App />);
