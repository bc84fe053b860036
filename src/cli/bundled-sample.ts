/**
 * The sample page bundled in the package's `data/` folder, read when no input is given.
 */
import { fileURLToPath } from 'node:url';

/** The absolute path of the bundled sample: 10 spacecraft of LL2 2.3.0, normal mode. */
export const BUNDLED_SAMPLE = fileURLToPath(
  new URL(
    '../../data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json',
    import.meta.url,
  ),
);
