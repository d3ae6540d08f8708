// `npm run package`: both builds, the zip each store takes, and the source archive Mozilla's review asks
// for (the repository at HEAD, tracked files only, so no node_modules), written to release/.
// `--verify`: everything again from scratch in a temporary folder; any byte that differs fails.
// `--allow-dirty`: package uncommitted changes (the source archive is still HEAD's).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import packageJson from '../package.json' with { type: 'json' };
import { modeFor, TARGETS, type TargetName } from '../vite.config.ts';
import { directoryEntries, type ZipEntry, zipEntries } from './zip.ts';

const VERSION = packageJson.version;
const RELEASE_DIR = 'release';

interface Artifact {
  file: string;
  bytes: number;
  sha256: string;
}

function git(args: string[], input?: string): Buffer {
  return execFileSync('git', args, { input, maxBuffer: 1 << 30 });
}

/** Tracked files at HEAD with their modes, under one folder named for the release. */
function sourceEntries(folder: string): ZipEntry[] {
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).toString('utf8').split('\0');
  const files = listing
    .filter((line) => line.length > 0)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      const [mode = '', type = '', object = ''] = meta.split(' ');
      if (type !== 'blob') throw new Error(`${path}: ${type} entries (submodules) cannot be archived`);
      return { path, mode: Number.parseInt(mode, 8), object };
    });
  // One `git cat-file --batch` for all blobs: "<oid> blob <size>\n<bytes>\n" each.
  const batch = git(['cat-file', '--batch'], `${files.map((file) => file.object).join('\n')}\n`);
  let offset = 0;
  return files.map((file) => {
    const headerEnd = batch.indexOf(0x0a, offset);
    const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
    const data = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    return { path: `${folder}/${file.path}`, data, mode: file.mode };
  });
}

function write(dir: string, file: string, bytes: Uint8Array): Artifact {
  writeFileSync(join(dir, file), bytes);
  return { file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Builds both targets into `buildDirs` and writes the three archives into `outDir`. */
async function release(outDir: string, buildDirs: Record<TargetName, string>): Promise<Artifact[]> {
  mkdirSync(outDir, { recursive: true });
  const artifacts: Artifact[] = [];
  for (const target of Object.keys(TARGETS) as TargetName[]) {
    await build({
      configFile: 'vite.config.ts',
      mode: modeFor(target),
      logLevel: 'warn',
      build: { outDir: buildDirs[target] },
    });
    const zip = zipEntries(directoryEntries(buildDirs[target]));
    artifacts.push(write(outDir, `isnad-${target}-${VERSION}.zip`, zip));
  }
  const source = zipEntries(sourceEntries(`isnad-${VERSION}`));
  artifacts.push(write(outDir, `isnad-source-${VERSION}.zip`, source));
  return artifacts;
}

function print(artifacts: Artifact[]): void {
  for (const { file, bytes, sha256 } of artifacts)
    console.log(`${file.padEnd(28)} ${String(bytes).padStart(9)} bytes  sha256 ${sha256}`);
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const dirty = git(['status', '--porcelain']).toString().trim();
  if (dirty && !args.has('--allow-dirty')) {
    console.error(
      'The working tree differs from HEAD, so the builds would not match the source archive:\n' +
        `${dirty}\nCommit first, or pass --allow-dirty.`,
    );
    process.exit(1);
  }
  const artifacts = await release(RELEASE_DIR, {
    chrome: TARGETS.chrome.outDir,
    firefox: TARGETS.firefox.outDir,
  });
  print(artifacts);
  if (!args.has('--verify')) return;

  const scratch = mkdtempSync(join(tmpdir(), 'isnad-release-'));
  try {
    const again = await release(join(scratch, 'release'), {
      chrome: join(scratch, 'chrome'),
      firefox: join(scratch, 'firefox'),
    });
    const differing = again.filter(
      (artifact) => artifacts.find((first) => first.file === artifact.file)?.sha256 !== artifact.sha256,
    );
    if (differing.length > 0) {
      console.error('\nA second build differs:');
      print(differing);
      process.exit(1);
    }
    console.log('\nA second build from scratch gave the same bytes for all three archives.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
