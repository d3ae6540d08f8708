// The one place Firefox differs from Chrome: the built Chrome manifest in, Firefox's out. The source tree
// and the Chrome manifest (manifest.ts) stay the single description of the extension; the build for
// Firefox rewrites the keys Firefox names or handles differently, whichever of them the manifest has.

/** Our add-on's id on addons.mozilla.org: fixed, so storage and granted sites survive updates. */
export const GECKO_ID = 'isnad@isnad-extension';

/** The first Firefox with the CSS Custom Highlight API (and built-in data-collection consent). */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android reads `data_collection_permissions` from 142 on. */
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Permissions only Chrome knows; Firefox warns about them and grants nothing. */
const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel']);

type Icons = string | Record<string, string>;

/** The keys the rewrite reads or writes; everything else passes through untouched. */
export interface Manifest {
  name: string;
  icons?: Record<string, string>;
  action?: { default_title?: string; default_icon?: Icons; [key: string]: unknown };
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel: string; default_title?: string; default_icon?: Icons };
  permissions?: string[];
  options_page?: string;
  options_ui?: { page: string; open_in_tab?: boolean };
  web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean; [key: string]: unknown }[];
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
    gecko_android: { strict_min_version: string };
  };
  [key: string]: unknown;
}

export function toFirefoxManifest(chrome: Manifest): Manifest {
  const {
    minimum_chrome_version: _chromeOnly,
    side_panel: sidePanel,
    options_page: optionsPage,
    ...manifest
  } = structuredClone(chrome);

  // Firefox runs MV3 background code as event-page scripts, not as an extension service worker.
  if (manifest.background?.service_worker) {
    const { service_worker: worker, ...rest } = manifest.background;
    manifest.background = { ...rest, scripts: [worker] };
  }

  // Chrome's side panel is Firefox's sidebar: the same page, titled and drawn like the toolbar button.
  if (sidePanel?.default_path) {
    manifest.sidebar_action = {
      default_panel: sidePanel.default_path,
      default_title: manifest.action?.default_title ?? manifest.name,
      default_icon: manifest.action?.default_icon ?? manifest.icons,
    };
  }

  // Firefox deprecates options_page; options_ui opening in a tab is the same page, as in Chrome.
  if (optionsPage && !manifest.options_ui) manifest.options_ui = { page: optionsPage, open_in_tab: true };

  if (manifest.permissions) {
    const permissions = manifest.permissions.filter((name) => !CHROME_ONLY_PERMISSIONS.has(name));
    if (permissions.length > 0) manifest.permissions = permissions;
    else delete manifest.permissions;
  }

  if (manifest.web_accessible_resources) {
    manifest.web_accessible_resources = manifest.web_accessible_resources.map(
      ({ use_dynamic_url: _chromeOnlyKey, ...entry }) => entry,
    );
  }

  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the browser: declared so Firefox's install prompt says so.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
