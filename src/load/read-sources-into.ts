/**
 * Reads the sources into the sink in reading order, on this thread alone or, for a large
 * input on a machine with more than one core, with a second thread reading the later files.
 *
 * `JSON.parse` and reading out the records take one core each file; with two, the files are
 * split in two runs of about equal bytes: this thread reads the first run while a worker
 * thread reads the second into its own sink, and the worker's rows, skipped records and file
 * reports are then added after this thread's. Rows keep their reading order, so merging by
 * id and every report come out as they would on one thread. What differs is timing alone:
 * `onSkip` hears of the second run's skipped records once the worker is done, and with
 * `strict` the first fault in reading order is still the one thrown.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ApiVersion } from '../ll2/record-kind.js';
import { InputError, type Place } from '../messages.js';
import type { FileReport, SkippedRecord } from './load-report.js';
import { readRecords } from './read-records.js';
import type { Source } from './read-sources.js';
import type { RecordSink } from './record-sink.js';
import { appendRows, rowData, type RowData } from './row-store.js';
import { openSource } from './source-records.js';
import { TABLE_NAMES, type TableName } from './table-columns.js';

/** How the sources are read. */
export interface ReadSourcesOptions {
  recordsKey?: string;
  apiVersion?: ApiVersion;
  /**
   * Read the later files on a second thread: `true` whenever there are two files or more,
   * `false` never, unset when that pays (more than one core, and files of
   * {@link PARALLEL_MIN_BYTES} or more in all).
   */
  parallel?: boolean;
}

/**
 * Below this many bytes of files in all, one thread reads them: starting a worker and
 * sending its rows back cost about what the second core saves (measured on 2 cores: 21 MB
 * of spacecraft pages loaded about a tenth slower on two threads, 41 MB about as fast,
 * 84 MB a quarter faster).
 */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** What a worker sends back: its part of the rows, skipped records and file reports. */
export interface WorkerPart {
  files: FileReport[];
  skipped: SkippedRecord[];
  rows: Record<TableName, RowData>;
}

/** What a worker is told: the sources it reads and how. */
export interface WorkerTask extends Omit<ReadSourcesOptions, 'parallel'> {
  sources: Source[];
  strict: boolean;
}

/**
 * What a worker answers: its part; or the input error that stopped it, with the records it
 * skipped before; or an unexpected fault (a bug), its name, message and stack apart.
 */
export type WorkerAnswer =
  | { part: WorkerPart }
  | { inputError: { message: string; place: Place }; skipped: SkippedRecord[] }
  | { fault: { name: string; message: string; stack?: string } };

const WORKER_FILE = fileURLToPath(new URL('./read-worker.js', import.meta.url));

/**
 * Reads every source into the sink, in order; returns one report per source and the number
 * of threads that read them.
 */
export async function readSourcesInto(
  sources: readonly Source[],
  sink: RecordSink,
  options: ReadSourcesOptions = {},
): Promise<{ files: FileReport[]; threads: number }> {
  const split = splitPoint(sources, options.parallel);
  if (split === sources.length)
    return { files: await readInTurn(sources, sink, options), threads: 1 };
  const worker = startWorker({
    sources: sources.slice(split),
    strict: sink.strict,
    recordsKey: options.recordsKey,
    apiVersion: options.apiVersion,
  });
  try {
    const files = await readInTurn(sources.slice(0, split), sink, options);
    const answer = await worker.answer;
    if ('fault' in answer) throw rebuilt(answer.fault);
    // Records the worker skipped are told in reading order, before a fault that came after.
    for (const skipped of 'part' in answer ? answer.part.skipped : answer.skipped) {
      sink.skipped.push(skipped);
      sink.onSkip?.(skipped);
    }
    if ('inputError' in answer) {
      throw new InputError(answer.inputError.message, answer.inputError.place);
    }
    for (const name of TABLE_NAMES) appendRows(sink.stores[name], answer.part.rows[name]);
    return { files: [...files, ...answer.part.files], threads: 2 };
  } finally {
    await worker.stop();
  }
}

/** Reads the sources one after another on this thread. */
export async function readInTurn(
  sources: readonly Source[],
  sink: RecordSink,
  options: ReadSourcesOptions,
): Promise<FileReport[]> {
  const files: FileReport[] = [];
  for (const source of sources) {
    const opened = openSource(source, options.recordsKey);
    files.push(await readRecords(source, opened, sink, { apiVersion: options.apiVersion }));
  }
  return files;
}

/** The rows of every table of a sink, as plain data a worker can send. */
export function sinkRows(sink: RecordSink): Record<TableName, RowData> {
  const rows = {} as Record<TableName, RowData>;
  for (const name of TABLE_NAMES) rows[name] = rowData(sink.stores[name]);
  return rows;
}

// The index of the first source the worker reads: sources.length when it reads none.
function splitPoint(sources: readonly Source[], parallel: boolean | undefined): number {
  const allFiles = sources.every((source) => source.format !== 'value');
  // Only true and false are choices; anything else (unset, null from JavaScript) decides by size.
  const asked = parallel === true || parallel === false ? parallel : undefined;
  if (asked === false || !allFiles || sources.length < 2) return sources.length;
  if (!existsSync(WORKER_FILE)) {
    // Only a kit run from its TypeScript sources lacks it: its worker is built JavaScript.
    if (asked) throw new Error(`${WORKER_FILE} is missing: build the kit to read in parallel`);
    return sources.length;
  }
  if (asked === undefined && availableParallelism() < 2) return sources.length;
  const sizes = sources.map((source) => sizeOf(source.label));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (asked === undefined && total < PARALLEL_MIN_BYTES) return sources.length;
  let bytes = 0;
  for (let i = 0; i < sources.length - 1; i++) {
    bytes += sizes[i] as number;
    if (bytes * 2 >= total) return i + 1;
  }
  return sources.length - 1;
}

// The size of a file in bytes; one that cannot be stat'ed (missing, a link loop, no access)
// counts as empty here, and reading it, in its turn, names the fault.
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

// An unexpected error from the worker as an Error of its name, message and stack.
function rebuilt(fault: { name: string; message: string; stack?: string }): Error {
  const error = new Error(fault.message);
  error.name = fault.name;
  if (fault.stack !== undefined) error.stack = fault.stack;
  return error;
}

// A worker reading its sources; `answer` settles once, `stop` ends it whatever happened.
function startWorker(task: WorkerTask) {
  // A worker takes the process's Node options, but `--input-type` (for code given with
  // `--eval` or on stdin) stops a worker that starts from a file, so it is left out.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  const worker = new Worker(WORKER_FILE, { workerData: task, execArgv });
  const answer = new Promise<WorkerAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reading thread stopped (code ${code})`)));
  });
  // Marked as handled now: a failure is thrown when this thread is done with its own part.
  answer.catch(() => undefined);
  return { answer, stop: () => worker.terminate() };
}
