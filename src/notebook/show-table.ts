/**
 * Shows a table in a notebook cell.
 */
import type { DisplayOptions } from './mime-bundle.js';
import { tablePreview, type PreviewInput, type TablePreviewOptions } from './table-preview.js';
import { tslabDisplay } from './tslab-display.js';

/** Options for {@link showTable}. */
export type ShowTableOptions = TablePreviewOptions & DisplayOptions;

/**
 * Shows a table's (or row objects') first rows as one output of the running cell, with its row count: the
 * bundle of {@link tablePreview} (escaped HTML, and the caption as text).
 *
 * Outside tslab, pass `display`. The table is not changed.
 *
 * @example
 * import { table } from 'arquero';
 * const shown: MimeBundle[] = [];
 * showTable(table({ x: [1, 2, 3] }), { limit: 2, display: (bundle) => shown.push(bundle) });
 * shown[0]?.['text/plain']; // '3 rows × 1 column (first 2 shown)'
 */
export function showTable(data: PreviewInput, options: ShowTableOptions = {}): void {
  const display = options.display ?? tslabDisplay();
  display(tablePreview(data, options));
}
