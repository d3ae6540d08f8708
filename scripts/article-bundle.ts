// The article finder bundled for a real page, as the content script carries it: for the Chromium test
// and benchmark of src/page/article.ts.
import { join } from 'node:path';
import { build } from 'esbuild';

/** An IIFE that defines `IsnadArticle.findArticle` and `IsnadArticle.isLikelyArabicArticle`. */
export async function bundleArticleFinder(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { findArticle, isLikelyArabicArticle } from './src/page/article.ts';`,
      resolveDir: join(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'IsnadArticle',
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}
