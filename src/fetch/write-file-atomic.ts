/**
 * Writes a file so that it is either absent, the old version, or complete: the text goes to
 * a temporary file beside it (ending in `.tmp`), which is flushed and then renamed.
 */
import { open, rename, rm } from 'node:fs/promises';

/** The suffix of temporary files; a snapshot folder removes leftovers when opened. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Writes `text` to `file` atomically (rename is atomic within one folder).
 *
 * @example
 * await writeFileAtomic('snap/page-0001.json', '{"count":0,...}');
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}${TEMP_SUFFIX}`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
