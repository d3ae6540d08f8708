// `npm run package`: both builds, the zip each store takes, and the source archive Mozilla's review asks
// for (the repository at HEAD, tracked files only, so no node_modules), written to release/.
// `--verify`: then does what a reviewer does: unpacks the source archive in another folder, builds both
// targets there and requires the same bytes.
// `--allow-dirty`: package uncommitted changes (the source archive is still HEAD's).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import packageJson from '../package.json' with { type: 'json' };
import { modeFor, TARGETS, type TargetName } from '../vite.config.ts';
import { directoryEntries, type ZipEntry, zipEntries } from './zip.ts';

const VERSION = packageJson.version;
const RELEASE_DIR = 'release';
const SOURCE_FOLDER = `isnad-${VERSION}`;
const targetNames = Object.keys(TARGETS) as TargetName[];

interface Artifact {
  file: string;
  bytes: number;
  sha256: string;
}

const archiveName = (what: TargetName | 'source') => `isnad-${what}-${VERSION}.zip`;

function git(args: string[], input?: string): Buffer {
  return execFileSync('git', args, { input, maxBuffer: 1 << 30 });
}

/** Tracked files at HEAD with their modes, under one folder named for the release. */
function sourceEntries(): ZipEntry[] {
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
    return { path: `${SOURCE_FOLDER}/${file.path}`, data, mode: file.mode };
  });
}

function artifact(file: string, bytes: Uint8Array): Artifact {
  return { file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Builds a target from the checkout at `root` into `outDir` and zips it. */
async function buildZip(root: string, target: TargetName, outDir: string): Promise<Uint8Array> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: modeFor(target),
    logLevel: 'warn',
    build: { outDir },
  });
  return zipEntries(directoryEntries(outDir));
}

function print(artifacts: Artifact[]): void {
  for (const { file, bytes, sha256 } of artifacts)
    console.log(`${file.padEnd(28)} ${String(bytes).padStart(9)} bytes  sha256 ${sha256}`);
}

/** The source archive unpacked elsewhere (node_modules linked in), both targets built there. */
async function rebuildFromSource(source: Uint8Array): Promise<Artifact[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'isnad-review-'));
  try {
    for (const [path, data] of Object.entries(unzipSync(source))) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), data);
    }
    const root = join(scratch, SOURCE_FOLDER);
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    const out: Artifact[] = [];
    for (const target of targetNames)
      out.push(artifact(archiveName(target), await buildZip(root, target, join(scratch, `dist-${target}`))));
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const dirty = git(['status', '--porcelain']).toString().trim();
  if (dirty && (!args.has('--allow-dirty') || args.has('--verify'))) {
    console.error(
      'The working tree differs from HEAD, so the builds would not match the source archive:\n' +
        `${dirty}\nCommit first${args.has('--verify') ? '' : ', or pass --allow-dirty'}.`,
    );
    process.exit(1);
  }
  mkdirSync(RELEASE_DIR, { recursive: true });
  const archives = new Map<string, Uint8Array>();
  for (const target of targetNames)
    archives.set(archiveName(target), await buildZip(resolve('.'), target, resolve(TARGETS[target].outDir)));
  archives.set(archiveName('source'), zipEntries(sourceEntries()));
  const artifacts = [...archives].map(([file, bytes]) => {
    writeFileSync(join(RELEASE_DIR, file), bytes);
    return artifact(file, bytes);
  });
  print(artifacts);
  if (!args.has('--verify')) return;

  const source = readFileSync(join(RELEASE_DIR, archiveName('source')));
  const again = await rebuildFromSource(source);
  const differing = again.filter(
    (rebuilt) => artifacts.find((first) => first.file === rebuilt.file)?.sha256 !== rebuilt.sha256,
  );
  if (differing.length > 0) {
    console.error('\nBuilt from the unpacked source archive in another folder, these differ:');
    print(differing);
    process.exit(1);
  }
  console.log('\nBuilt again from the unpacked source archive in another folder: the same bytes.');
  print(again);
}

await main();
