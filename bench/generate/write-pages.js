// Writes scaled records as LL2 API pages ({count, next, previous, results}, 100 records a
// page, as the API's largest `limit`) into a folder, one file a page, named so that sorted
// order is page order.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PAGE = 100;
const API = 'https://lldev.thespacedevs.com/2.3.0';

/**
 * Writes records 1..count made by `make(index)` as pages of `endpoint` into `folder`.
 *
 * @param {string} folder
 * @param {string} endpoint `spacecraft` or `spacecraft_flights`
 * @param {number} count
 * @param {(index: number) => unknown} make
 * @returns {{ files: string[], bytes: number }}
 */
export function writePages(folder, endpoint, count, make) {
  mkdirSync(folder, { recursive: true });
  const files = [];
  let bytes = 0;
  for (let offset = 0; offset < count; offset += PAGE) {
    const results = [];
    for (let i = offset + 1; i <= Math.min(offset + PAGE, count); i++) results.push(make(i));
    const page = {
      count,
      next: offset + PAGE < count ? pageUrl(endpoint, offset + PAGE) : null,
      previous: offset > 0 ? pageUrl(endpoint, offset - PAGE) : null,
      results,
    };
    const name = `${endpoint}-page-${String(offset / PAGE + 1).padStart(5, '0')}.json`;
    const text = JSON.stringify(page);
    writeFileSync(path.join(folder, name), text);
    files.push(path.join(folder, name));
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

function pageUrl(endpoint, offset) {
  return `${API}/${endpoint}/?limit=${PAGE}&offset=${offset}`;
}
