/**
 * The entry of the worker thread that reads the later files of a large input
 * (see read-sources-into.ts): it reads its sources into a sink of its own and sends back the
 * rows, the skipped records and the file reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../messages.js';
import { newSink } from './record-sink.js';
import { readInTurn, sinkRows, type WorkerAnswer, type WorkerTask } from './read-sources-into.js';

const task = workerData as WorkerTask;
const sink = newSink(task.strict);
let answer: WorkerAnswer;
try {
  const files = await readInTurn(task.sources, sink, task);
  answer = { part: { files, skipped: sink.skipped, rows: sinkRows(sink) } };
} catch (error) {
  answer =
    error instanceof InputError
      ? { inputError: { message: error.message, place: error.place ?? {} } }
      : { fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort?.postMessage(answer);
