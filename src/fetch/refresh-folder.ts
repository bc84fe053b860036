/**
 * Where a refresh of a completed snapshot is crawled, and how it replaces the old snapshot:
 * the new pages go to a staging folder beside it, `<out>.refresh`, and only a completed
 * staging folder is swapped in. Until then the complete snapshot is never touched, so a
 * refresh that fails or is killed leaves it as it was.
 */
import { readFile, rename, rm, stat } from 'node:fs/promises';

/**
 * The staging folder of a refresh of `out`: beside it, named after it.
 *
 * @example
 * refreshFolderOf('snapshots/flights/'); // 'snapshots/flights.refresh'
 */
export function refreshFolderOf(out: string): string {
  return `${out.replace(/[\\/]+$/, '')}.refresh`;
}

/**
 * Puts the completed staging folder in the place of `out`: the old snapshot is renamed
 * aside (`<out>.old-<pid>`), the staging folder renamed in, then the old one removed. Each
 * rename is atomic; a kill between the two leaves `out` missing and the staging folder
 * complete, which {@link finishInterruptedSwap} completes on the next run.
 *
 * @example
 * import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
 * mkdirSync('swap-demo');
 * writeFileSync('swap-demo/page-0001.json', 'old');
 * mkdirSync('swap-demo.refresh');
 * writeFileSync('swap-demo.refresh/page-0001.json', 'new');
 * await swapInRefresh('swap-demo.refresh', 'swap-demo');
 * readFileSync('swap-demo/page-0001.json', 'utf8'); // 'new'
 */
export async function swapInRefresh(staging: string, out: string): Promise<void> {
  const aside = `${out.replace(/[\\/]+$/, '')}.old-${process.pid}`;
  await rename(out, aside);
  await rename(staging, out);
  await rm(aside, { recursive: true, force: true });
}

/**
 * When `out` is missing but its staging folder holds a completed snapshot (a run killed in
 * the middle of {@link swapInRefresh}), renames the staging folder in; otherwise does nothing.
 *
 * @example
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * // A kill between the two renames: no cut-demo, a completed cut-demo.refresh beside it.
 * mkdirSync('cut-demo.refresh');
 * writeFileSync('cut-demo.refresh/manifest.json', JSON.stringify({ completed: true, pages: [] }));
 * await finishInterruptedSwap('cut-demo'); // true
 * await finishInterruptedSwap('cut-demo'); // false: cut-demo is there now
 */
export async function finishInterruptedSwap(out: string): Promise<boolean> {
  if (await exists(out)) return false;
  const staging = refreshFolderOf(out);
  const manifest = await readFile(`${staging}/manifest.json`, 'utf8').catch(() => null);
  if (manifest === null || !isCompleted(manifest)) return false;
  await rename(staging, out);
  return true;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function isCompleted(text: string): boolean {
  try {
    return (JSON.parse(text) as { completed?: unknown }).completed === true;
  } catch {
    return false;
  }
}
