// Every `@example` in the doc comments under src/ runs against the built kit and gives the
// results its comments state. The convention is in test/support/doc-examples.ts and
// docs/notebooks.md. Needs dist/ (npm test builds it first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type ExampleRun,
  examplesIn,
  findDocExamples,
  runExamples,
  statedLiteral,
  statedResults,
} from '../support/doc-examples.js';
import { root } from '../support/real-data.js';

const examples = findDocExamples(root);
const runnable = examples.filter((example) => example.notRun == null);
const notRun = examples.filter((example) => example.notRun != null);

describe('doc comment examples', () => {
  let runs: ExampleRun[] = [];
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/index.js'))) {
      throw new Error('dist/index.js is missing: run npm run build first');
    }
    runs = runExamples(root, runnable);
  });

  test('findDocExamples(src) finds examples, and every example of a file is run or says why not', () => {
    expect(runnable.length).toBeGreaterThan(20);
    for (const example of notRun) expect(example.notRun).toMatch(/\w/);
  });

  test('every `@example` in src/**/*.ts is collected: run, or marked not run with a reason', () => {
    // A plain text count, independent of how the harness reads doc comments.
    const counted: Record<string, number> = {};
    const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(path.join(root, 'src', file), 'utf8');
      const count = text.match(/@example\b/g)?.length ?? 0;
      if (count > 0) counted[path.join('src', file)] = count;
    }
    const collected: Record<string, number> = {};
    for (const example of [...runnable, ...notRun]) {
      collected[example.file] = (collected[example.file] ?? 0) + 1;
    }

    expect(collected).toEqual(counted);
    const total = Object.values(counted).reduce((sum, count) => sum + count, 0);
    expect(runnable.length + notRun.length).toBe(total);
  });

  test.each(runnable.map((example, index) => ({ ...example, index })))(
    '@example of $name ($file) runs and gives the results it states',
    ({ index, code }) => {
      const run = runs[index];
      expect(run?.error).toBeNull();
      expect(run?.checks.filter((check) => !check.ok)).toEqual([]);
      expect(run?.checks).toHaveLength(statedResults(code).length);
    },
  );
});

describe('the example convention', () => {
  test('statedLiteral(comment) takes the leading literal and leaves the note', () => {
    expect(statedLiteral('1960, whatever the local time zone')).toBe('1960');
    expect(statedLiteral('[] for every chart the kit builds')).toBe('[]');
    expect(statedLiteral('{ flown: 10, rate: 0 } for the sample')).toBe('{ flown: 10, rate: 0 }');
    expect(statedLiteral("'a, b'")).toBe("'a, b'");
    expect(statedLiteral('-2280')).toBe('-2280');
  });

  test('statedLiteral(comment) takes a literal followed by a colon or a semicolon', () => {
    expect(statedLiteral('false: cut-demo is there now')).toBe('false');
    expect(statedLiteral("true; 'page-0012.json.1.x.tmp' is false")).toBe('true');
    expect(statedLiteral("[['line 1', 1]]: line 2 is blank")).toBe("[['line 1', 1]]");
    expect(statedLiteral("'a: b'")).toBe("'a: b'");
  });

  test('statedLiteral(comment) is null for prose and for expressions that are not literals', () => {
    expect(statedLiteral("the bytes of 'PNG'")).toBeNull();
    expect(statedLiteral('x + 1')).toBeNull();
    expect(statedLiteral('f()')).toBeNull();
  });

  test('examplesIn(file, text) reads a doc comment right after the file header comment', () => {
    const text = [
      '/**',
      ' * The header comment of the file.',
      ' */',
      '',
      '/**',
      ' * Doubles a number.',
      ' *',
      ' * @example',
      ' * double(2); // 4',
      ' */',
      'export function double(x: number): number {',
      '  return x * 2;',
      '}',
    ].join('\n');

    expect(examplesIn('src/double.ts', text)).toEqual([
      { file: 'src/double.ts', name: 'double', code: 'double(2); // 4', notRun: null },
    ]);
  });

  test('examplesIn(file, text) names async generators and members, and skips /** in strings', () => {
    const text = [
      "const glob = 'src/**/*.ts'; // not a comment: /** @example no() */",
      '/**',
      ' * @example',
      ' * // not run: needs a server',
      ' * for await (const x of pages()) x;',
      ' */',
      'export async function* pages(): AsyncGenerator<number> {}',
      'export class Box {',
      '  /**',
      '   * @example',
      '   * new Box().size; // 0',
      '   */',
      '  get size(): number {',
      '    return 0;',
      '  }',
      '}',
    ].join('\n');

    expect(examplesIn('src/x.ts', text).map(({ name, notRun }) => [name, notRun])).toEqual([
      ['pages', 'needs a server'],
      ['size', null],
    ]);
  });

  test('statedResults(code) reads same-line and following-line comments of expressions', () => {
    const code = [
      "const a = [1, 2]; // 'not checked: a declaration'",
      'a.length; // 2',
      'a;',
      '// [1,',
      '//  2]',
      '',
      'a[0]; // one, in words',
    ].join('\n');
    expect(statedResults(code)).toEqual([
      { line: 2, expression: 'a.length', expected: '2' },
      { line: 3, expression: 'a', expected: '[1, 2]' },
    ]);
  });

  test('runExamples(root, examples) reports a wrong stated result and a thrown error', () => {
    const wrong = {
      file: 'src/duration/duration-to-seconds.ts',
      name: 'durationToSeconds',
      notRun: null,
      // One day is 86,400 s; the comment claims one more.
      code: "durationToSeconds('P1D'); // 86401\ndurationToSeconds('PT1S'); // 1",
    };
    const throwing = { ...wrong, code: "durationToSeconds('soon');" };

    const [wrongRun, throwingRun] = runExamples(root, [wrong, throwing]);

    expect(wrongRun?.error).toBeNull();
    expect(wrongRun?.checks.map((check) => [check.line, check.ok, check.actual])).toEqual([
      [1, false, '86400'],
      [2, true, '1'],
    ]);
    expect(throwingRun?.error).toMatch(/^InputError: /);
  });
});
