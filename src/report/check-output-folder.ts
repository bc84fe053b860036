/**
 * Decides whether the report may be written to a folder, before anything is written.
 *
 * A report replaces its folder whole, so the folder must hold nothing the user could lose:
 * it must be absent, empty, or an earlier report whose marker lists every file in it. A
 * link, a file, the current folder (or one holding it) and a folder holding an input are
 * refused.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, messages } from '../messages.js';

/** The file that marks a folder as a report of this kit and lists the files it wrote. */
export const REPORT_MARKER = '.spaceflight-stats-report';

/** The marker's content: which files the report wrote, relative to its folder. */
export interface ReportMarker {
  written_by: 'spaceflight-stats';
  files: string[];
}

/** Throws an {@link InputError} when writing a report to `out` could lose anything. */
export async function checkOutputFolder(out: string, inputs: readonly string[]): Promise<void> {
  const target = path.resolve(out);
  if (isWithin(process.cwd(), target)) throw new InputError(messages.outputHoldsCwd(target));
  const holding = inputs.map((input) => path.resolve(input)).find((p) => isWithin(p, target));
  if (holding) throw new InputError(messages.outputHoldsInput(target, holding));

  const info = await lstat(target).catch(() => null);
  if (!info) return;
  if (info.isSymbolicLink()) throw new InputError(messages.outputIsLink(target));
  if (!info.isDirectory()) throw new InputError(messages.outputIsFile(target));
  const entries = await listFiles(target);
  if (entries.length === 0) return;
  const marker = await readMarker(target);
  if (!marker) throw new InputError(messages.outputNotReport(target));
  const known = new Set([...marker.files, REPORT_MARKER]);
  const foreign = entries.filter((entry) => !known.has(entry));
  if (foreign.length > 0) throw new InputError(messages.outputHasOtherFiles(target, foreign));
}

// True when `inner` is `outer` or lies inside it.
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

// Every file and link below a folder, relative to it; empty folders count as entries too.
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!entry.isDirectory()) {
      found.push(name);
      continue;
    }
    const inside = await listFiles(dir, name);
    found.push(...(inside.length > 0 ? inside : [`${name}/`]));
  }
  return found;
}

async function readMarker(dir: string): Promise<ReportMarker | null> {
  try {
    const marker = JSON.parse(await readFile(path.join(dir, REPORT_MARKER), 'utf8')) as unknown;
    const ok =
      typeof marker === 'object' &&
      marker !== null &&
      (marker as ReportMarker).written_by === 'spaceflight-stats' &&
      Array.isArray((marker as ReportMarker).files);
    return ok ? (marker as ReportMarker) : null;
  } catch {
    return null;
  }
}
