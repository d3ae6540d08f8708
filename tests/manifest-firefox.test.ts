import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID, type Manifest, toFirefoxManifest } from '../src/manifest-firefox.ts';

/** A built Chrome manifest with every key the Firefox rewrite knows about. */
function chromeManifest(): Manifest {
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    version: '1.2.3',
    minimum_chrome_version: '105',
    icons: { 16: 'icons/16.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__', default_popup: 'popup.html', default_icon: { 16: 'i.png' } },
    background: { service_worker: 'service-worker-loader.js', type: 'module' },
    side_panel: { default_path: 'src/panel/index.html' },
    options_page: 'src/options/index.html',
    permissions: ['activeTab', 'scripting', 'sidePanel'],
    optional_host_permissions: ['https://*/*'],
    web_accessible_resources: [{ resources: ['a.js'], matches: ['https://*/*'], use_dynamic_url: true }],
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+I' } } },
  };
}

describe('toFirefoxManifest', () => {
  const firefox = toFirefoxManifest(chromeManifest());

  it('runs the background as module scripts, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('turns the side panel into a sidebar with the same page, and drops the sidePanel permission', () => {
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toEqual({
      default_panel: 'src/panel/index.html',
      default_title: '__MSG_extName__',
      default_icon: { 16: 'i.png' },
    });
    expect(firefox.permissions).toEqual(['activeTab', 'scripting']);
  });

  it('opens the options page through options_ui, in a tab as in Chrome', () => {
    expect(firefox.options_page).toBeUndefined();
    expect(firefox.options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
  });

  it('adds the add-on id, the first Firefox with custom highlights, and no data collection', () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['a.js'], matches: ['https://*/*'] }]);
  });

  it('keeps everything else as it was, and leaves its input alone', () => {
    const chrome = chromeManifest();
    const before = structuredClone(chrome);
    const out = toFirefoxManifest(chrome);
    expect(chrome).toEqual(before);
    for (const key of ['version', 'action', 'icons', 'optional_host_permissions', 'commands'])
      expect(out[key]).toEqual(chrome[key]);
  });

  it('adds nothing for keys the manifest does not have', () => {
    const out = toFirefoxManifest({ name: 'x', permissions: ['sidePanel'] });
    expect(out.sidebar_action).toBeUndefined();
    expect(out.options_ui).toBeUndefined();
    expect(out.background).toBeUndefined();
    expect(out.permissions).toBeUndefined();
  });
});
