// Builds the extension once for every browser test, for Chrome and for Firefox (ISNAD_SKIP_BUILD=1 reuses
// existing builds).
import { build } from 'vite';
import { modeFor } from '../../vite.config.ts';

export default async function setup(): Promise<void> {
  if (process.env.ISNAD_SKIP_BUILD) return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.config.ts', mode: modeFor('firefox'), logLevel: 'warn' });
}
