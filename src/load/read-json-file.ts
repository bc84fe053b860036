/**
 * Reads and parses one JSON file whole; a byte order mark before the JSON is allowed.
 *
 * The file is read synchronously: an asynchronous read takes four turns of Node's thread
 * pool (open, size, read, close), each waiting for the loader to yield, and over a folder
 * of a thousand pages that waiting cost more than the reading (measured in bench/).
 */
import { readFileSync } from 'node:fs';
import { InputError, messages } from '../messages.js';

/**
 * The parsed content of a JSON file.
 *
 * @throws InputError naming the file when it cannot be read, is empty or is not JSON.
 */
export function readJsonFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new InputError(messages.fileUnreadable(file, code ?? message));
  }
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!/\S/.test(body)) throw new InputError(messages.emptyFile(file));
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InputError(messages.notJson(file, (error as Error).message));
  }
}
