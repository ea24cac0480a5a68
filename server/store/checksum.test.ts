// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGE } from '../bundled';
import { filesAt } from '../open-path';
import { packageChecksum } from './checksum';

const folder = filesAt(BUNDLED_PACKAGE);
const zipOf = (prefix: string, extra: Record<string, Uint8Array> = {}) => [
  { name: 'upload.zip', bytes: zipSync({ ...Object.fromEntries(folder.map((file) => [`${prefix}${file.name}`, file.bytes])), ...extra }) },
];

describe('a package’s checksum', () => {
  it('is the same for its folder, its .zip, and a .zip with the folder inside', () => {
    const checksum = packageChecksum(folder);
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(packageChecksum(zipOf(''))).toBe(checksum);
    expect(packageChecksum(zipOf('chongqing/', { '__MACOSX/._x.csv': strToU8('clutter'), 'chongqing/.DS_Store': strToU8('clutter') }))).toBe(checksum);
  });

  it('changes with any byte of any file', () => {
    const edited = folder.map((file) => (file.name === 'sources.csv' ? { ...file, bytes: new Uint8Array([...file.bytes, 10]) } : file));
    expect(packageChecksum(edited)).not.toBe(packageChecksum(folder));
  });
});
