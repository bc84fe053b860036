/**
 * Turns what the caller gave `load` into a list of sources to read, each with a label that
 * messages use to say where a record came from.
 *
 * A path to a folder stands for the `.json` and `.ndjson` files directly inside it; other
 * entries are listed as ignored, and a `manifest.json` is read as the folder's snapshot
 * manifest (fetch times), not as data. All files are read in sorted path order, so "the last
 * copy read" means the last in that order whatever order the paths were given in. Parsed
 * values are labelled `<input 1>` unless the caller names them.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, messages } from '../messages.js';
import type { IgnoredFile, ManifestReport } from './load-report.js';
import { MANIFEST_NAME, readManifest, type Manifest } from './read-manifest.js';

/** What `load` accepts: a path, several paths, or JSON already parsed. */
export type LoadInput = string | readonly string[] | { json: unknown; label?: string };

/** One file (or parsed value) to read. */
export interface Source {
  label: string;
  format: 'json' | 'ndjson' | 'value';
  /** The parsed value, for `format: 'value'`. */
  value?: unknown;
  /** The fetch time its snapshot manifest gives (ISO 8601 UTC), or null. */
  fetchedAt: string | null;
  /** The records its snapshot manifest says it holds, or null. */
  listedRecords: number | null;
}

/** The sources of an input, the paths not read and the manifests found. */
export interface SourceList {
  sources: Source[];
  ignored: IgnoredFile[];
  manifests: ManifestReport[];
}

/**
 * Lists the sources of an input, reading only the manifests.
 *
 * @example
 * import { mkdir, writeFile } from 'node:fs/promises';
 * await mkdir('snapshot');
 * for (const name of ['page-0002.json', 'page-0001.json', 'notes.txt']) {
 *   await writeFile(`snapshot/${name}`, '{"results": []}');
 * }
 * (await listSources('snapshot/')).sources.map((s) => s.label);
 * // ['snapshot/page-0001.json', 'snapshot/page-0002.json'] (notes.txt is not a source)
 */
export async function listSources(input: LoadInput): Promise<SourceList> {
  if (typeof input === 'object' && !Array.isArray(input) && 'json' in input) {
    const source: Source = {
      label: input.label ?? '<input 1>',
      format: 'value',
      value: input.json,
      fetchedAt: null,
      listedRecords: null,
    };
    return { sources: [source], ignored: [], manifests: [] };
  }
  const given = typeof input === 'string' ? [input] : (input as readonly string[]);
  const found = await expandFolders(given);
  const manifests = await readManifests(found.manifestFiles);
  const sources = found.files
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => sourceOf(file, manifests));
  for (const [dir, manifest] of manifests) {
    const names = new Set(found.files.map((f) => path.resolve(f)));
    manifest.report.missingPages = [...manifest.fetchedAt.keys()].filter(
      (name) => !names.has(path.resolve(dir, name)),
    );
  }
  return {
    sources,
    ignored: found.ignored,
    manifests: [...manifests.values()].map((m) => m.report),
  };
}

function sourceOf(file: string, manifests: Map<string, Manifest>): Source {
  const manifest = manifests.get(path.resolve(path.dirname(file)));
  const format = file.endsWith('.ndjson') ? 'ndjson' : 'json';
  const name = path.basename(file);
  return {
    label: file,
    format,
    fetchedAt: manifest?.fetchedAt.get(name) ?? null,
    listedRecords: manifest?.records.get(name) ?? null,
  };
}

// Data files, manifests and ignored paths of the given paths (folders one level deep).
async function expandFolders(given: readonly string[]) {
  const files: string[] = [];
  const manifestFiles: string[] = [];
  const ignored: IgnoredFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(path.resolve(file))) return ignored.push({ file, reason: 'given more than once' });
    seen.add(path.resolve(file));
    (path.basename(file) === MANIFEST_NAME ? manifestFiles : files).push(file);
  };
  for (const entry of given) {
    if (!(await isFolder(entry))) {
      add(entry);
      continue;
    }
    for (const item of await readdir(entry, { withFileTypes: true })) {
      const file = path.join(entry, item.name);
      if (item.isDirectory()) ignored.push({ file, reason: 'a folder inside a folder' });
      else if (/\.(nd)?json$/.test(item.name)) add(file);
      else ignored.push({ file, reason: 'not .json or .ndjson' });
    }
  }
  ignored.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, manifestFiles, ignored };
}

async function isFolder(given: string): Promise<boolean> {
  const info = await stat(given).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(messages.fileUnreadable(given, error.code ?? error.message));
  });
  return info.isDirectory();
}

// Manifests by the absolute path of their folder.
async function readManifests(files: readonly string[]): Promise<Map<string, Manifest>> {
  const manifests = new Map<string, Manifest>();
  for (const file of [...files].sort()) {
    manifests.set(path.resolve(path.dirname(file)), await readManifest(file));
  }
  return manifests;
}
