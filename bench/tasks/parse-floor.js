// The floor of loading: read every file and JSON.parse it, one after another, and nothing
// more. Each document is dropped once its records are counted, as the kit's loader drops
// each file's document once read out: keeping them all would make the floor slower (every
// garbage collection would scan them) and the comparison kinder to the kit than it is.
import { readFileSync } from 'node:fs';

/** @param {{ files: string[] }} args */
export function run({ files }) {
  let records = 0;
  for (const file of files) records += JSON.parse(readFileSync(file, 'utf8')).results.length;
  return { records };
}
