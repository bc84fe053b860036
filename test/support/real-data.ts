// Where the real LL2 responses live, for tests that read them.
//
// The folder is `../shared/data/ll2` beside the project, or the one named by
// SPACEFLIGHT_STATS_REAL_DATA. Where it is missing, tests that need it are skipped with a
// notice; when CI is set a missing folder is an error instead, so CI cannot pass without it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real-data folder, absolute. */
export const realDataDir = path.resolve(
  projectRoot,
  process.env.SPACEFLIGHT_STATS_REAL_DATA ?? '../shared/data/ll2',
);

/** True when the folder is there; prints why not, or throws under CI. */
export const hasRealData: boolean = (() => {
  if (existsSync(realDataDir)) return true;
  const why = `real LL2 data folder ${realDataDir} is missing (set SPACEFLIGHT_STATS_REAL_DATA)`;
  if (process.env.CI) throw new Error(`${why}; CI needs it`);
  console.warn(`notice: skipping tests that need real data: ${why}`);
  return false;
})();

/** The path of one real file by name. */
export function realFile(name: string): string {
  return path.join(realDataDir, name);
}

/** The project's root folder, absolute. */
export const root = projectRoot;
