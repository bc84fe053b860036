/**
 * Reads and parses one JSON file whole; a byte order mark before the JSON is allowed.
 */
import { readFile } from 'node:fs/promises';
import { InputError, messages } from '../messages.js';

/**
 * The parsed content of a JSON file.
 *
 * @throws InputError naming the file when it cannot be read, is empty or is not JSON.
 */
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
