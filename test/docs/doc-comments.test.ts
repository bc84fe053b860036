// Every public export of the kit (src/index.ts) has a doc comment: the reference docs are
// generated from them (npm run docs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../support/real-data.js';
import { undocumentedExports } from '../support/undocumented-exports.js';

describe('doc comments', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doc-comments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('undocumentedExports(src/index.ts) is empty: every public export has a doc comment', () => {
    expect(undocumentedExports(path.join(root, 'src/index.ts'))).toEqual([]);
  });

  test('undocumentedExports(index) names an export without a doc comment, re-exports too', () => {
    writeFileSync(
      path.join(dir, 'part.ts'),
      '/** Documented. */\nexport const a = 1;\nexport const b = 2;\n' +
        '/**\n * @example\n * c;\n */\nexport const c = 3;\n',
    );
    writeFileSync(
      path.join(dir, 'index.ts'),
      "export { a, b, c } from './part.js';\n/** Documented too. */\nexport type D = string;\n" +
        'export interface E {\n  x: number;\n}\n',
    );
    // b has no comment, c has only a tag, E has none: three names; a and D are documented.
    expect(undocumentedExports(path.join(dir, 'index.ts'))).toEqual(['E', 'b', 'c']);
  });
});
