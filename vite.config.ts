import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest, { CONTENT_SCRIPT } from './src/manifest.ts';

const CONTENT_OUTPUT = CONTENT_SCRIPT.replace(/\.ts$/, '.js');

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
            output.facadeModuleId?.endsWith(CONTENT_SCRIPT) &&
            !output.isDynamicEntry
          ) {
            if (fileName !== CONTENT_OUTPUT) delete bundle[fileName];
          }
        }
        const manifestAsset = bundle['manifest.json'];
        if (manifestAsset?.type !== 'asset') return;
        const built = JSON.parse(String(manifestAsset.source)) as {
          web_accessible_resources?: { resources: string[] }[];
        };
        const kept = (built.web_accessible_resources ?? [])
          .map((entry) => ({
            ...entry,
            resources: entry.resources.filter((file) => file !== CONTENT_OUTPUT),
          }))
          .filter((entry) => entry.resources.length > 0);
        if (kept.length > 0) built.web_accessible_resources = kept;
        else delete built.web_accessible_resources;
        manifestAsset.source = `${JSON.stringify(built, null, 2)}\n`;
      },
    },
  };
}

export default defineConfig({
  // JSX for Preact without Babel: Oxc's automatic runtime, as in tsconfig.json.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    crx({
      manifest,
      // One self-contained IIFE: no loader, no module chunks fetched by the page.
      contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
    }),
    keepContentScriptPrivate(),
  ],
  build: {
    target: 'chrome105',
    emptyOutDir: true,
    outDir: process.env.ISNAD_OUT_DIR ?? 'dist',
    minify: true,
    sourcemap: false,
    // The worker carries the engine's lexicons and model (megabytes, loaded once); pages get none of it.
    chunkSizeWarningLimit: 4096,
    // The history page is opened from the options page, not named in the manifest: crxjs needs it listed.
    rollupOptions: { input: { history: 'src/history/index.html' } },
  },
});
