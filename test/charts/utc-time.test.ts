// Dates in charts are UTC: the cumulative chart drawn in a process whose local zone is far
// from UTC (Pacific/Kiritimati, UTC+14; America/Los_Angeles) writes the same SVG as in UTC.
// The child runs the built kit (dist/, which the test command builds first).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { root } from '../support/real-data.js';

const run = promisify(execFile);
const DIST = pathToFileURL(path.join(root, 'dist/index.js')).href;

// Two flights half an hour either side of midnight UTC between two months.
const SCRIPT = `
const kit = await import(${JSON.stringify(DIST)});
const spec = kit.cumulativeTimeInSpaceChart([
  { launch_name: 'A', launch_net: new Date('2025-01-31T23:30:00Z'), duration_s: 86400 },
  { launch_name: 'B', launch_net: new Date('2025-02-01T00:30:00Z'), duration_s: 86400 },
]);
process.stdout.write(await kit.renderSvg(spec));
`;

async function svgIn(zone: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    env: { ...process.env, TZ: zone },
  });
  return stdout;
}

describe('charts in other time zones', () => {
  test('cumulativeTimeInSpaceChart(rows) renders the same SVG in any local zone', async () => {
    if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('run "npm run build" first');
    const [utc, east, west] = await Promise.all(
      ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map(svgIn),
    );
    expect(utc).toContain('<svg');
    expect(east).toBe(utc);
    expect(west).toBe(utc);
  });
});
