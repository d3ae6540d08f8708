import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zipEntries } from '../scripts/zip.ts';

const text = (value: string) => new TextEncoder().encode(value);

const ENTRIES: ZipEntry[] = [
  { path: 'manifest.json', data: text('{"name":"x"}'), mode: 0o100644 },
  { path: 'assets/b.js', data: text('console.log("b")'.repeat(50)), mode: 0o100644 },
  { path: 'assets/a.js', data: text('export {}'), mode: 0o100644 },
  { path: '.ci/run', data: text('#!/bin/sh\n'), mode: 0o100755 },
];

/** Name, Unix mode and DOS date/time of each entry, read from the central directory. */
function centralDirectory(zip: Uint8Array): { name: string; mode: number; date: number; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      mode: view.getUint32(at + 38, true) >>> 16,
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
    });
    at += 45 + nameLength;
  }
  return out;
}

describe('zipEntries', () => {
  it('gives the same bytes whatever order the files come in', () => {
    const once = zipEntries(ENTRIES);
    expect(zipEntries([...ENTRIES].reverse())).toEqual(once);
    expect(zipEntries([ENTRIES[2], ENTRIES[0], ENTRIES[3], ENTRIES[1]] as ZipEntry[])).toEqual(once);
  });

  it('stores the files in path order, with their modes and 1980-01-01 00:00 as the date', () => {
    const entries = centralDirectory(zipEntries(ENTRIES));
    expect(entries.map((entry) => entry.name)).toEqual([
      '.ci/run',
      'assets/a.js',
      'assets/b.js',
      'manifest.json',
    ]);
    expect(entries.map((entry) => entry.mode)).toEqual([0o100755, 0o100644, 0o100644, 0o100644]);
    // DOS date: (year - 1980) << 9 | month << 5 | day.
    for (const entry of entries)
      expect({ date: entry.date, time: entry.time }).toEqual({ date: 0x21, time: 0 });
  });

  it('unzips to the same files', () => {
    const files = unzipSync(zipEntries(ENTRIES));
    for (const entry of ENTRIES) expect(files[entry.path]).toEqual(entry.data);
    expect(Object.keys(files)).toHaveLength(ENTRIES.length);
  });

  it('refuses two files at one path', () => {
    expect(() => zipEntries([ENTRIES[0], ENTRIES[0]] as ZipEntry[])).toThrow(/duplicate/);
  });
});
