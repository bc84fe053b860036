import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  finishInterruptedSwap,
  refreshFolderOf,
  swapInRefresh,
} from '../../src/fetch/refresh-folder.js';

async function folder(dir: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'manifest.json'), text);
}

describe('refresh folders', () => {
  test('refreshFolderOf(out) is beside out, trailing slashes dropped', () => {
    expect(refreshFolderOf('snapshots/flights/')).toBe('snapshots/flights.refresh');
    expect(refreshFolderOf('snap')).toBe('snap.refresh');
  });

  test('swapInRefresh(staging, out) puts the staging folder in place and leaves nothing else', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'sfs-refresh-'));
    const out = path.join(work, 'snap');
    await folder(out, 'old');
    await folder(refreshFolderOf(out), 'new');
    await swapInRefresh(refreshFolderOf(out), out);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe('new');
    expect(await readdir(work)).toEqual(['snap']);
  });

  test('finishInterruptedSwap(out) renames in only a completed staging folder when out is gone', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'sfs-refresh-'));
    const out = path.join(work, 'snap');
    await folder(refreshFolderOf(out), '{"completed":false}');
    expect(await finishInterruptedSwap(out)).toBe(false);
    expect(existsSync(out)).toBe(false);
    await folder(refreshFolderOf(out), '{"completed":true}');
    expect(await finishInterruptedSwap(out)).toBe(true);
    expect(await readdir(work)).toEqual(['snap']);
    // With out present, a completed staging folder is left for the crawl to resume.
    await folder(refreshFolderOf(out), '{"completed":true}');
    expect(await finishInterruptedSwap(out)).toBe(false);
    expect(existsSync(refreshFolderOf(out))).toBe(true);
  });
});
