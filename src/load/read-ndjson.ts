/**
 * Reads newline-delimited JSON (one record a line) as a stream, line by line, so a dump too
 * big to parse at once is never held whole. Blank lines are passed over; a byte order mark
 * before the first line is allowed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, messages } from '../messages.js';
import type { SourceItem } from './source-records.js';

/**
 * The records of an NDJSON file, one item a line; a line that is not JSON gives an item
 * with the error (the record is skipped, the rest is read).
 *
 * @throws InputError when the file cannot be read or has no records at all.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('dump.ndjson', '{"id": 1}\n\n{"id": 2\n');
 * const items = [];
 * for await (const item of ndjsonRecords('dump.ndjson')) items.push([item.where, item.value]);
 * items;
 * // [['line 1', { id: 1 }], ['line 3', undefined]]: line 2 is blank; line 3 is not JSON, so
 * // its item has no value (undefined, as `null` is a JSON value) but an error
 */
export async function* ndjsonRecords(file: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      line++;
      const body = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (body.trim() === '') continue;
      records++;
      yield parseLine(file, line, body);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(messages.fileUnreadable(file, code ?? (error as Error).message));
  } finally {
    lines.close();
    stream.destroy();
  }
  if (records === 0) throw new InputError(messages.emptyFile(file));
}

function parseLine(file: string, line: number, body: string): SourceItem {
  const where = `line ${line}`;
  try {
    return { value: JSON.parse(body) as unknown, where };
  } catch (error) {
    const place = { file, recordId: where };
    const message = messages.notJsonLine(place, (error as Error).message, body);
    return { value: undefined, where, error: new InputError(message, place) };
  }
}
