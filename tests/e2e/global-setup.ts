// Builds the extension once for every browser test (ISNAD_SKIP_BUILD=1 reuses an existing build).
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.ISNAD_SKIP_BUILD) return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
