// The built kit, imported before any measuring starts: dist/index.js of this project, or
// the index.js in the folder named by SPACEFLIGHT_STATS_BENCH_KIT (another build of the kit,
// to compare two versions on the same inputs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../generate/templates.js';

/** The kit's public module; `npm run build` must have run. */
export async function kitModule() {
  const folder = process.env.SPACEFLIGHT_STATS_BENCH_KIT ?? path.join(ROOT, 'dist');
  const entry = path.resolve(folder, 'index.js');
  if (!existsSync(entry)) throw new Error(`bench: ${entry} is missing; run "npm run build" first`);
  return import(pathToFileURL(entry).href);
}
