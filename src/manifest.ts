import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from '../package.json' with { type: 'json' };
import { NEWS_MATCHES } from './sites.ts';

export const CONTENT_SCRIPT = 'src/page/content.ts';

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: packageJson.version,
  default_locale: 'ar',
  minimum_chrome_version: '105',
  icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
  action: {
    default_title: '__MSG_extName__',
    default_popup: 'src/popup/index.html',
    default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
  },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  content_scripts: [{ matches: NEWS_MATCHES, js: [CONTENT_SCRIPT], run_at: 'document_idle' }],
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // activeTab + scripting: "Analyse this page" anywhere; a site is added only when the reader asks.
  // storage: the reader's settings (storage.local), read by the content script too.
  permissions: ['activeTab', 'scripting', 'storage'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
});
