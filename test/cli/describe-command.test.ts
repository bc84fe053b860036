// `spaceflight-stats describe INPUT...` as a user runs it: a child process, nothing written.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import { hasRealData, realDataDir, root } from '../support/real-data.js';
import { runCli } from '../support/run-cli.js';

const MALFORMED = path.join(root, 'test/fixtures/malformed');

describe.skipIf(!hasRealData)('spaceflight-stats describe (real data folder)', () => {
  test('describe ../shared/data/ll2 reports every file, fails none', async () => {
    const run = await runCli(['describe', realDataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const name of readdirSync(realDataDir).filter((n) => n.endsWith('.json'))) {
      expect(run.stdout).toContain(`read ${path.join(realDataDir, name)} (`);
    }
    // kinds the kit does not analyse are named as such
    expect(run.stdout).toContain(`268 record(s): ${messages.kindNotAnalysed('agency')}`);
    expect(run.stdout).toContain('astronauts.time_in_space_s: 846 values, 0 null, 70 zero');
    expect(run.stdout).toContain(`ignored ${path.join(realDataDir, 'README.md')}`);
  });
});

describe('spaceflight-stats describe (bad input)', () => {
  test('describe truncated.json exits 1 with one line and no stack trace', async () => {
    const file = path.join(MALFORMED, 'truncated.json');
    const run = await runCli(['describe', file]);
    let reason = '';
    try {
      JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`spaceflight-stats: ${messages.notJson(file, reason)}\n`);
  });

  test('describe mixed-kinds.json prints the skipped record with file, id and field', async () => {
    const file = path.join(MALFORMED, 'mixed-kinds.json');
    const run = await runCli(['describe', file]);
    expect(run.code).toBe(0);
    const place = { file, recordId: 5, field: 'url' };
    const url = 'https://ll.thespacedevs.com/2.3.0/astronauts/5/';
    expect(run.stdout).toContain(
      `skipped: ${messages.mixedKinds(place, 'spacecraft', 'astronaut', url)}`,
    );
  });

  test('describe --api-version 9.9.9 exits 1 naming the version', async () => {
    const run = await runCli(['describe', '--api-version', '9.9.9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`spaceflight-stats: ${messages.badApiVersion('9.9.9')}\n`);
  });
});
