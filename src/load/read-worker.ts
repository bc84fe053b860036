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
  if (error instanceof InputError) {
    const inputError = { message: error.message, place: error.place };
    answer = { inputError, skipped: sink.skipped };
  } else {
    const { name, message, stack } =
      error instanceof Error ? error : { name: 'Error', message: String(error), stack: undefined };
    answer = { fault: { name, message, stack } };
  }
}
parentPort?.postMessage(answer);
