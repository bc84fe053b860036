// The reference docs build from the doc comments with typedoc (typedoc.json; `npm run docs`
// writes them to docs/reference/). Here they are built into a temporary folder. typedoc.json
// treats warnings as errors, so a broken {@link}, or a public signature that uses a type the
// kit does not export, fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../support/real-data.js';

describe('reference docs', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'reference-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('typedoc (npm run docs) builds the reference without a warning', () => {
    const typedoc = path.join(root, 'node_modules/typedoc/bin/typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--out', out, '--logLevel', 'Warn'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });

    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    const page = readFileSync(path.join(out, 'functions/showChart.html'), 'utf8');
    expect(page).toContain('Shows a chart as one output of the running cell');
  });
});
