// The floor of loading: read every file and JSON.parse it, keeping every parsed document
// (as the kit's loader does before it builds its tables), and nothing more.
import { readFileSync } from 'node:fs';

/** @param {{ files: string[] }} args */
export function run({ files }) {
  const documents = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
  return { records: documents.reduce((sum, doc) => sum + doc.results.length, 0) };
}
