// `spaceflight-stats query` as a user runs it (a child process over dist/), and its option
// parsing in process.
import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../src/cli/parse-args.js';
import { queryOptions } from '../../src/cli/query-command.js';
import { InputError, messages } from '../../src/messages.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { runCli } from '../support/run-cli.js';

const FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';
const failure = (message: string) => `spaceflight-stats: ${message}\n`;

describe.skipIf(!hasRealData)('spaceflight-stats query (real flights file)', () => {
  test('query --search Endeavour finds Crew Dragon Endeavour', async () => {
    const run = await runCli(['query', realFile(FILE), '--search', 'Endeavour']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(messages.queryMatches(1, 1, 1));
    expect(lines).toHaveLength(4); // count, header, rule, one row
    expect(lines[3]).toMatch(/^289 +Crew Dragon Endeavour /);
  });

  test('query --is-placeholder true --format json finds the two placeholders', async () => {
    const run = await runCli([
      'query',
      realFile(FILE),
      '--is-placeholder',
      'true',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout) as { count: number; results: { name: string }[] };
    expect(page.count).toBe(2);
    expect(page.results.map((r) => r.name)).toEqual(['Crew Dragon', 'Cargo Dragon']);
  });

  test('query --ordering=-flights_count --limit 2 --format csv gives the two most flown', async () => {
    const run = await runCli([
      'query',
      realFile(FILE),
      '--ordering=-flights_count',
      '--limit',
      '2',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^453,[^,]+,RSS First Step,/);
    expect(lines[2]).toMatch(/^276,[^,]+,RSS H\.G\. Wells,/);
  });

  test('query --ordering -flights_count (a space, not =) reads the dash as the value', async () => {
    const run = await runCli([
      'query',
      realFile(FILE),
      '--ordering',
      '-flights_count',
      '--limit',
      '1',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('RSS First Step');
  });

  test('query with bad values stops with the catalogue message and exit code 1', async () => {
    const cases: [string[], string][] = [
      [['--limit', '-1'], messages.queryLimit('-1')],
      [['--limit', '0'], messages.queryLimit(0)],
      [['--in-space', 'maybe'], messages.queryBoolean('--in-space', 'maybe')],
      [['--status', 'x'], messages.queryId('--status', 'x')],
      [['--format', 'xml'], messages.queryFormat('xml')],
    ];
    const runs = await Promise.all(
      cases.map(([args]) => runCli(['query', realFile(FILE), ...args])),
    );
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(failure(cases[i]?.[1] as string));
      expect(run.stdout).toBe('');
    });
  });
});

describe('parseCommandLine(query options)', () => {
  test('parseCommandLine keeps every query option as typed', () => {
    const args = parseCommandLine([
      'query',
      'a.json',
      '--search=crew dragon',
      '--ordering',
      '-time_in_space',
      '--in-space',
      'TRUE',
      '--is-placeholder',
      '0',
      '--name',
      'Ship 37',
      '--spacecraft-config',
      '6',
      '--status',
      '1',
      '--limit',
      '5',
      '--offset',
      '3',
    ]);
    expect(args.inputs).toEqual(['a.json']);
    expect(queryOptions(args.query)).toEqual({
      search: 'crew dragon',
      ordering: '-time_in_space',
      name: 'Ship 37',
      in_space: true,
      is_placeholder: false,
      spacecraft_config: 6,
      status: 1,
      limit: 5,
      offset: 3,
    });
  });

  test('parseCommandLine refuses query options for other commands', () => {
    expect(() => parseCommandLine(['report', '--limit', '3'])).toThrow(
      messages.optionNotForCommand('--limit', 'report'),
    );
  });

  test('queryOptions refuses values that are not whole numbers or booleans', () => {
    const parsed = (option: string, value: string) => () =>
      queryOptions(parseCommandLine(['query', option, value]).query);
    expect(parsed('--offset', '1.5')).toThrow(messages.queryOffset('1.5'));
    expect(parsed('--limit', '1e3')).toThrow(messages.queryLimit('1e3'));
    expect(parsed('--is-placeholder', 'yes')).toThrow(
      messages.queryBoolean('--is-placeholder', 'yes'),
    );
    expect(parsed('--spacecraft-config', '-6')).toThrow(InputError);
  });
});

test('parseCommandLine([query, --limit]) names the option that lacks its value', () => {
  expect(() => parseCommandLine(['query', '--limit'])).toThrow(
    messages.missingOptionValue('--limit'),
  );
});
