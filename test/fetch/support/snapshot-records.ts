// Reads a snapshot folder back: the manifest, and the records of the pages it names, in order.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SnapshotManifest } from '../../../src/fetch/snapshot-manifest.js';

type Json = Record<string, unknown>;

/** The manifest of a snapshot folder. */
export async function readSnapshotManifest(dir: string): Promise<SnapshotManifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as SnapshotManifest;
}

/** The page files the manifest names, as paths. */
export async function snapshotPageFiles(dir: string): Promise<string[]> {
  return (await readSnapshotManifest(dir)).pages.map((page) => path.join(dir, page.file));
}

/** Every record of the snapshot's pages, in page order (duplicates kept). */
export async function snapshotRecords(dir: string): Promise<Json[]> {
  const records: Json[] = [];
  for (const file of await snapshotPageFiles(dir)) {
    records.push(...(JSON.parse(await readFile(file, 'utf8')) as { results: Json[] }).results);
  }
  return records;
}

/** The names in the folder that are not the manifest or a complete page file. */
export async function strayFiles(dir: string): Promise<string[]> {
  const stray: string[] = [];
  for (const name of await readdir(dir)) {
    if (name === 'manifest.json') continue;
    if (!/^page-\d{4}\.json$/.test(name)) stray.push(name);
    else {
      try {
        JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      } catch {
        stray.push(name);
      }
    }
  }
  return stray;
}
