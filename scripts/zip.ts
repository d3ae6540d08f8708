// Zip archives that depend on their files alone: entries in path order, one fixed timestamp, Unix modes
// kept as given, deflated by fflate (pure JavaScript, so the bytes do not change with the machine's zlib).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  path: string;
  data: Uint8Array;
  /** Unix file mode, e.g. 0o100644. */
  mode: number;
}

/**
 * Local-time fields, so the stored DOS date is 1980-01-01 00:00 in every time zone (zip dates are local
 * time, and fflate reads them from a Date's local getters).
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;

export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Zippable = {};
  for (const entry of sorted) {
    // Object keys keep insertion order, except integer-like ones, which would jump ahead.
    if (/^(0|[1-9]\d*)$/.test(entry.path)) throw new Error(`integer-like path ${entry.path}`);
    if (entry.path in files) throw new Error(`duplicate path ${entry.path}`);
    files[entry.path] = [entry.data, { level: 9, mtime: FIXED_TIME, os: UNIX, attrs: entry.mode << 16 }];
  }
  return zipSync(files);
}

/** Every file under `dir`, as entries; modes normalised to 0644 (0755 where any execute bit is set). */
export function directoryEntries(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else
        out.push({
          path: relative(dir, path).split(sep).join('/'),
          data: readFileSync(path),
          mode: stat.mode & 0o111 ? 0o100755 : 0o100644,
        });
    }
  };
  walk(dir);
  return out;
}
