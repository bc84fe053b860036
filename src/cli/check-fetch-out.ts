/**
 * Keeps `fetch` away from the bundled sample: its `--out` may not be the package's `data/`
 * folder or anything inside it, however the path is spelled (symbolic links resolved).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { FetchError } from '../fetch/fetch-error.js';
import { messages } from '../messages.js';
import { BUNDLED_SAMPLE } from './bundled-sample.js';

/**
 * Returns `out` when it is not the bundled `data/` folder or inside it.
 *
 * @throws FetchError naming the folder otherwise.
 * @example
 * checkFetchOut('snapshots/spacecraft'); // 'snapshots/spacecraft'
 */
export function checkFetchOut(out: string, dataDir = path.dirname(BUNDLED_SAMPLE)): string {
  const real = realPathOf(path.resolve(out));
  const data = realPathOf(dataDir);
  if (real === data || real.startsWith(data + path.sep)) {
    throw new FetchError(messages.fetchOutIsBundledData(out));
  }
  return out;
}

// The real path of the nearest existing ancestor, with the rest of the path after it.
function realPathOf(absolute: string): string {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}
