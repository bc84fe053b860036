// The kit's load of the same files: records checked, flattened, durations in seconds,
// merged by id, built into Arquero tables with the load report. `parallel: false` holds it
// to one thread; unset, it reads a large input's later files on a second thread.
import { kitModule } from './kit-module.js';

/** @param {{ files: string[], parallel?: boolean }} args */
export async function prepare(args) {
  return { ...args, kit: await kitModule() };
}

export async function run({ files, parallel, kit }) {
  const loaded = await kit.load(files, { parallel });
  return {
    records: loaded.spacecraft.numRows(),
    skipped: loaded.report.skipped.length,
    // Kits from before `readThreads` read on one thread.
    threads: loaded.report.readThreads ?? 1,
  };
}
