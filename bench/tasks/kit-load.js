// The kit's load of the same files: records checked, flattened, durations in seconds,
// merged by id, built into Arquero tables with the load report.
import { kitModule } from './kit-module.js';

/** @param {{ files: string[] }} args */
export async function prepare(args) {
  return { ...args, kit: await kitModule() };
}

export async function run({ files, kit }) {
  const loaded = await kit.load(files);
  return { records: loaded.spacecraft.numRows(), skipped: loaded.report.skipped.length };
}
