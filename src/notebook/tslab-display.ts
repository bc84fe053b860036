/**
 * tslab's way to show one output bundle, found without importing tslab.
 *
 * tslab's public `display` object shows one MIME type per output (`display.raw(type,
 * data)`), so a chart would become three outputs. One bundle needs the function behind it:
 * tslab 1.0's `dist/jupyter.js` exports `lastWriteDisplayData({ data, metadata, transient },
 * update)`, set by the kernel for the cell that runs. The kit looks for that module among
 * the modules Node has already loaded (the kernel loaded it), so the kit never imports
 * tslab, a development tool that library users outside Jupyter do not have.
 */
import { createRequire } from 'node:module';
import { messages } from '../messages.js';
import type { DisplayBundle, MimeBundle } from './mime-bundle.js';

// tslab's module that holds the kernel's display function, as Node names its file.
const TSLAB_JUPYTER_FILE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

interface TslabJupyter {
  lastWriteDisplayData?: (
    data: { data: MimeBundle; metadata: object; transient: object },
    update: boolean,
  ) => void;
}

/**
 * The running tslab kernel's display function, as a {@link DisplayBundle}.
 *
 * Throws an Error (see `messages.notebookNoDisplay`) when no tslab kernel runs in this
 * process, or when it has not yet run a cell.
 *
 * @example
 * // not run: needs a running tslab kernel; in a notebook cell:
 * tslabDisplay()({ 'text/html': '<b>hello</b>', 'text/plain': 'hello' });
 */
export function tslabDisplay(): DisplayBundle {
  const write = findWriteDisplayData();
  if (write === undefined) throw new Error(messages.notebookNoDisplay());
  return (bundle) => write({ data: bundle, metadata: {}, transient: {} }, false);
}

// The display function of the loaded tslab module, if any; read at each call, because the
// kernel sets it anew for every cell it runs.
function findWriteDisplayData(): TslabJupyter['lastWriteDisplayData'] {
  const cache = createRequire(import.meta.url).cache;
  for (const [file, loaded] of Object.entries(cache)) {
    if (!TSLAB_JUPYTER_FILE.test(file)) continue;
    const write = (loaded?.exports as TslabJupyter | undefined)?.lastWriteDisplayData;
    if (typeof write === 'function') return write;
  }
  return undefined;
}
