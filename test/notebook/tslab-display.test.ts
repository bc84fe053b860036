import { createRequire } from 'node:module';
import { afterEach, describe, expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import { tslabDisplay } from '../../src/notebook/tslab-display.js';

// Node's module cache, shared by every require: tslabDisplay looks there for the tslab
// module that a running kernel has loaded. The tests put a stand-in under a tslab-like path.
const cache = createRequire(import.meta.url).cache;
const fakeFile = '/nowhere/node_modules/tslab/dist/jupyter.js';

function installFakeTslab(exports: object): void {
  cache[fakeFile] = { exports } as NodeJS.Module;
}

describe('tslabDisplay', () => {
  afterEach(() => {
    delete cache[fakeFile];
  });

  test('tslabDisplay() with no tslab loaded throws the no-display message', () => {
    expect(() => tslabDisplay()).toThrow(messages.notebookNoDisplay());
  });

  test('tslabDisplay() before tslab ran a cell throws the no-display message', () => {
    installFakeTslab({ lastWriteDisplayData: undefined });
    expect(() => tslabDisplay()).toThrow(messages.notebookNoDisplay());
  });

  test("tslabDisplay()(bundle) hands the whole bundle to tslab's display function once", () => {
    const calls: unknown[][] = [];
    installFakeTslab({ lastWriteDisplayData: (...args: unknown[]) => calls.push(args) });
    const bundle = { 'text/html': '<b>1</b>', 'text/plain': '1' };

    tslabDisplay()(bundle);

    // tslab's writeDisplayData(data, update): a new display_data message, not an update.
    expect(calls).toEqual([[{ data: bundle, metadata: {}, transient: {} }, false]]);
  });
});
