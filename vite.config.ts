import { existsSync } from 'node:fs';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import manifest, { CONTENT_SCRIPT, WAKE_SCRIPT } from './src/manifest.ts';
import { FIREFOX_MIN_VERSION, type Manifest, toFirefoxManifest } from './src/manifest-firefox.ts';

const PAGE_SCRIPTS = [CONTENT_SCRIPT, WAKE_SCRIPT];
const outputOf = (script: string) => script.replace(/\.ts$/, '.js');
const CONTENT_OUTPUT = outputOf(CONTENT_SCRIPT);
const PAGE_OUTPUTS = new Set(PAGE_SCRIPTS.map(outputOf));

/**
 * The two builds of one source tree: `vite build` for Chrome, `vite build --mode firefox` for Firefox.
 * Everything that differs between them is here.
 */
export const TARGETS = {
  chrome: { outDir: 'dist', esTarget: 'chrome105', rewrite: (built: Manifest) => built, suffix: null },
  firefox: {
    outDir: 'dist-firefox',
    esTarget: `firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`,
    rewrite: toFirefoxManifest,
    suffix: 'firefox',
  },
} as const;

/**
 * A module with a sibling for the target (`open.ts` → `open.firefox.ts`) is built from the sibling: the
 * few places where the browsers' APIs differ (Chrome's side panel, Firefox's sidebar) are two small
 * files, not runtime branches, and neither build carries the other's API.
 */
function targetSiblings(suffix: string | null): Plugin {
  return {
    name: 'isnad:target-siblings',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!suffix || !importer || !source.endsWith('.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const sibling = resolved.id.replace(/\.ts$/, `.${suffix}.ts`);
      return existsSync(sibling) ? sibling : null;
    },
  };
}

function editManifest(bundle: Rollup.OutputBundle, edit: (built: Manifest) => Manifest): void {
  const asset = bundle['manifest.json'];
  if (asset?.type !== 'asset') return;
  const built = edit(JSON.parse(String(asset.source)) as Manifest);
  asset.source = `${JSON.stringify(built, null, 2)}\n`;
}

/**
 * crxjs lists a `?script` file as web-accessible to every site, and still emits an ES-module copy of it.
 * Ours is injected with chrome.scripting (no page needs to fetch it) and built as one IIFE: drop both,
 * so pages cannot probe for the extension.
 */
function keepContentScriptPrivate(): Plugin {
  return {
    name: 'isnad:content-script-private',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const [fileName, output] of Object.entries(bundle)) {
          if (
            output.type === 'chunk' &&
            PAGE_SCRIPTS.some((script) => output.facadeModuleId?.endsWith(script)) &&
            !output.isDynamicEntry
          ) {
            if (!PAGE_OUTPUTS.has(fileName)) delete bundle[fileName];
          }
        }
        editManifest(bundle, (built) => {
          const kept = (built.web_accessible_resources ?? [])
            .map((entry) => ({
              ...entry,
              resources: entry.resources.filter((file) => !PAGE_OUTPUTS.has(file)),
            }))
            .filter((entry) => entry.resources.length > 0);
          if (kept.length > 0) built.web_accessible_resources = kept;
          else delete built.web_accessible_resources;
          return built;
        });
      },
    },
  };
}

/**
 * Until the bundle is written, crxjs stands a `?script` import in as a name hashed from the script's
 * absolute path, and the importing chunk's file name is hashed before that: the popup's bundle would be
 * named after the checkout's folder. Ours is one script at a known output name; it goes in before
 * hashing, so the same commit builds the same bytes anywhere.
 */
function contentScriptNameBeforeHashing(): Plugin {
  return {
    name: 'isnad:content-script-name',
    renderChunk(code) {
      const placeholders = new Set(code.match(/\bimport\.meta\.CRX_DYNAMIC_SCRIPT_\w+/g));
      if (placeholders.size === 0) return null;
      if (placeholders.size > 1) throw new Error(`only ${CONTENT_SCRIPT} may be imported with ?script`);
      const [placeholder = ''] = placeholders;
      return { code: code.replaceAll(placeholder, JSON.stringify(CONTENT_OUTPUT)), map: null };
    },
  };
}

/**
 * The target's manifest, rewritten from the one crxjs built for Chrome. (crxjs's own `browser: 'firefox'`
 * expects a manifest already written for Firefox and changes only the background loader; it does not
 * know the sidebar, so a page listed only there would not be built.)
 */
function targetManifest(rewrite: (built: Manifest) => Manifest): Plugin {
  return {
    name: 'isnad:target-manifest',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        editManifest(bundle, rewrite);
      },
    },
  };
}

export type TargetName = keyof typeof TARGETS;

/** The Vite mode that builds a target. */
export function modeFor(target: TargetName): string {
  return target === 'firefox' ? 'firefox' : 'production';
}

export default defineConfig(({ mode }) => {
  const target = mode === modeFor('firefox') ? TARGETS.firefox : TARGETS.chrome;
  return {
    // JSX for Preact without Babel: Oxc's automatic runtime, as in tsconfig.json. Never the development
    // transform, whatever NODE_ENV says (vitest sets "test"): it would embed absolute source paths.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    plugins: [
      crx({
        manifest,
        // One self-contained IIFE: no loader, no module chunks fetched by the page.
        contentScripts: { standaloneFiles: PAGE_SCRIPTS },
      }),
      contentScriptNameBeforeHashing(),
      keepContentScriptPrivate(),
      targetManifest(target.rewrite),
      targetSiblings(target.suffix),
    ],
    build: {
      target: target.esTarget,
      emptyOutDir: true,
      outDir: process.env.ISNAD_OUT_DIR ?? target.outDir,
      minify: true,
      sourcemap: false,
      // The worker carries the engine's lexicons and model (megabytes, loaded once); pages get none of it.
      chunkSizeWarningLimit: 4096,
      // The history page is opened from the options page, not named in the manifest: crxjs needs it listed.
      rollupOptions: { input: { history: 'src/history/index.html' } },
    },
  };
});
