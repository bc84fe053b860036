/**
 * Turns what the caller gave `load` into parsed JSON documents, each with a label that
 * messages use to say where a record came from.
 *
 * A path to a folder stands for the `.json` files directly inside it, in sorted order; other
 * files there are listed as ignored. Parsed values are labelled `<input 1>`, `<input 2>`, ...
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, messages } from '../messages.js';

/** One parsed JSON document and where it came from. */
export interface SourceDocument {
  label: string;
  value: unknown;
}

/** What `load` accepts: a path, several paths, or JSON already parsed. */
export type LoadInput = string | readonly string[] | { json: unknown; label?: string };

/** The documents of an input, and the files in its folders that were not read. */
export async function readSources(
  input: LoadInput,
): Promise<{ documents: SourceDocument[]; ignored: string[] }> {
  if (typeof input === 'object' && !Array.isArray(input) && 'json' in input) {
    return { documents: [{ label: input.label ?? '<input 1>', value: input.json }], ignored: [] };
  }
  const paths = typeof input === 'string' ? [input] : (input as readonly string[]);
  const documents: SourceDocument[] = [];
  const ignored: string[] = [];
  for (const file of await expandFolders(paths, ignored)) {
    documents.push({ label: file, value: await readJsonFile(file) });
  }
  return { documents, ignored };
}

async function expandFolders(paths: readonly string[], ignored: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(messages.fileUnreadable(given, error.code ?? error.message));
    });
    if (!info.isDirectory()) {
      files.push(given);
      continue;
    }
    const names = (await readdir(given)).sort();
    for (const name of names) {
      (name.endsWith('.json') ? files : ignored).push(path.join(given, name));
    }
  }
  return files;
}

/** Reads and parses one JSON file; a byte order mark before the JSON is allowed. */
export async function readJsonFile(file: string): Promise<unknown> {
  const raw = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(messages.fileUnreadable(file, error.code ?? error.message));
  });
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (body.trim() === '') throw new InputError(messages.emptyFile(file));
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InputError(messages.notJson(file, (error as Error).message));
  }
}
