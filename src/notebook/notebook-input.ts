/**
 * What a notebook reads: the folder a user names, or the bundled sample.
 */
import { BUNDLED_SAMPLE } from '../cli/bundled-sample.js';

/** The environment variable that names a notebook's input folder (or file). */
export const NOTEBOOK_DATA_VARIABLE = 'SPACEFLIGHT_STATS_DATA';

/**
 * The input for `load` in a notebook: the path in `SPACEFLIGHT_STATS_DATA` when it is set
 * and not empty, otherwise the bundled sample page (10 spacecraft of LL2 2.3.0).
 *
 * A relative path is left as it is, so `load` reads it from the kernel's working folder,
 * which is the notebook's folder. Reads `process.env` unless given another environment.
 *
 * @example
 * import path from 'node:path';
 * notebookInput({ SPACEFLIGHT_STATS_DATA: '../shared/data/ll2' }); // '../shared/data/ll2'
 * path.basename(notebookInput({}));
 * // 'll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json'
 */
export function notebookInput(env: NodeJS.ProcessEnv = process.env): string {
  const named = env[NOTEBOOK_DATA_VARIABLE];
  return named ? named : BUNDLED_SAMPLE;
}
