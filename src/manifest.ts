import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from '../package.json' with { type: 'json' };
import { NEWS_MATCHES } from './sites.ts';

export const CONTENT_SCRIPT = 'src/page/content.ts';
export const WAKE_SCRIPT = 'src/page/wake.ts';

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
  content_scripts: [
    { matches: NEWS_MATCHES, js: [WAKE_SCRIPT], run_at: 'document_start' },
    { matches: NEWS_MATCHES, js: [CONTENT_SCRIPT], run_at: 'document_idle' },
  ],
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // The same who-said-what view, kept open beside the article (Firefox: the build makes it a sidebar_action).
  side_panel: { default_path: 'src/panel/index.html' },
  // Rebindable in the browser's shortcut settings (chrome://extensions/shortcuts). The toolbar button
  // by keyboard, like a click, grants activeTab for "Analyse this page".
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+Y' } },
    'toggle-highlights': {
      suggested_key: { default: 'Alt+Shift+H' },
      description: '__MSG_panel_commandHighlights__',
    },
    'open-panel': {
      suggested_key: { default: 'Alt+Shift+S' },
      description: '__MSG_panel_commandOpen__',
    },
  },
  // activeTab + scripting: "Analyse this page" anywhere; a site is added only when the reader asks.
  // sidePanel: the panel beside the article. storage: the reader's settings, read by the content script too.
  permissions: ['activeTab', 'scripting', 'sidePanel', 'storage'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  // Our pages load only their own files and connect nowhere; anything else is refused before the network.
  content_security_policy: {
    extension_pages:
      "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
  },
});
