import { table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import type { MimeBundle } from '../../src/notebook/mime-bundle.js';
import { showTable } from '../../src/notebook/show-table.js';
import { tablePreview } from '../../src/notebook/table-preview.js';

const html = (bundle: MimeBundle) => String(bundle['text/html']);

describe('tablePreview', () => {
  test('tablePreview(table) escapes column names and values', () => {
    const data = table({ '<th>': ['<script>alert("x")</script>', "a & b's"] });
    const out = html(tablePreview(data));
    expect(out).not.toContain('<script>');
    expect(out).toContain('<th>&lt;th&gt;</th>');
    expect(out).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>');
    expect(out).toContain('<td>a &amp; b&#39;s</td>');
  });

  test('tablePreview(table) shows null as an empty cell, never 0 or "null"', () => {
    const out = html(tablePreview(table({ t: [null, 0] })));
    expect(out).toContain('<td class="null"></td>');
    expect(out).toContain('<td>0</td>');
    expect(out).not.toContain('>null<');
  });

  test('tablePreview(table) rounds fractions to 3 decimals and leaves whole numbers', () => {
    // 2/3 = 0.6666... → 0.667; 6.1943518 → 6.194; 1234567 stays without separators.
    const out = html(tablePreview(table({ x: [2 / 3, 6.1943518, 1234567] })));
    expect(out).toContain('<td>0.667</td>');
    expect(out).toContain('<td>6.194</td>');
    expect(out).toContain('<td>1234567</td>');
  });

  test('tablePreview(table) shows a Date in ISO 8601 UTC and an array as JSON', () => {
    const data = table({ net: [new Date(Date.UTC(1969, 6, 16, 13, 32))], ids: [[1, 2]] });
    const out = html(tablePreview(data));
    expect(out).toContain('<td>1969-07-16T13:32:00.000Z</td>');
    expect(out).toContain('<td>[1,2]</td>');
  });

  test('tablePreview(table of 12 rows) shows the first 10 and says so in the caption', () => {
    const data = table({ n: Array.from({ length: 12 }, (_, i) => i) });
    const bundle = tablePreview(data);
    expect(html(bundle).match(/<tr>/g)).toHaveLength(11); // header + 10 rows
    expect(html(bundle)).toContain('<td>9</td>');
    expect(html(bundle)).not.toContain('<td>10</td>');
    expect(bundle['text/plain']).toBe(messages.notebookTableCaption(12, 1, 10));
    expect(html(bundle)).toContain(`<caption>${messages.notebookTableCaption(12, 1, 10)}`);
  });

  test('tablePreview(table, { limit: 0 }) shows only the header and the counts', () => {
    const bundle = tablePreview(table({ a: [1, 2], b: [3, 4] }), { limit: 0 });
    expect(html(bundle).match(/<tr>/g)).toHaveLength(1);
    expect(bundle['text/plain']).toBe(messages.notebookTableCaption(2, 2, 0));
  });

  test('tablePreview(table, { limit: -1 or 1.5 }) throws a RangeError naming the value', () => {
    const data = table({ a: [1] });
    expect(() => tablePreview(data, { limit: -1 })).toThrow(messages.previewLimit(-1));
    expect(() => tablePreview(data, { limit: 1.5 })).toThrow(RangeError);
  });
});

describe('tablePreview on row objects', () => {
  test('tablePreview(rows) has a column per key of any row, null where a row lacks it', () => {
    const bundle = tablePreview([{ a: 1 }, { b: '<x>' }]);
    const out = html(bundle);
    expect(out).toContain('<thead><tr><th>a</th><th>b</th></tr></thead>');
    expect(out).toContain('<tr><td>1</td><td class="null"></td></tr>');
    expect(out).toContain('<tr><td class="null"></td><td>&lt;x&gt;</td></tr>');
    expect(bundle['text/plain']).toBe(messages.notebookTableCaption(2, 2, 2));
  });

  test('tablePreview([]) has no columns and says 0 rows', () => {
    expect(tablePreview([])['text/plain']).toBe(messages.notebookTableCaption(0, 0, 0));
  });
});

describe('messages.notebookTableCaption', () => {
  test('notebookTableCaption(rows, columns, shown) counts in words', () => {
    // Hand-written: the caption a reader should see.
    expect(messages.notebookTableCaption(1, 1, 1)).toBe('1 row × 1 column');
    expect(messages.notebookTableCaption(1234, 27, 5)).toBe(
      '1,234 rows × 27 columns (first 5 shown)',
    );
  });
});

describe('showTable', () => {
  test('showTable(table, { limit, display }) shows one bundle, the preview', () => {
    const data = table({ x: [1, 2, 3] });
    const shown: MimeBundle[] = [];
    showTable(data, { limit: 2, display: (bundle) => shown.push(bundle) });
    expect(shown).toEqual([tablePreview(data, { limit: 2 })]);
  });
});
