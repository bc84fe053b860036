/**
 * The `spaceflight-stats` command: parses the command line, runs one command, and turns an
 * input error into a one-line message and exit code 1 (no stack trace).
 */
import { readFileSync } from 'node:fs';
import { InputError, messages } from '../messages.js';
import { describeCommand } from './describe-command.js';
import { fetchCommand } from './fetch-command.js';
import { parseCommandLine, type CommandLine } from './parse-args.js';
import { queryCommand } from './query-command.js';
import { reportCommand } from './report-command.js';

const HELP = `spaceflight-stats: statistics, charts and reports from Launch Library 2 JSON

Usage:
  spaceflight-stats report [INPUT...] [--out DIR]   write tables, charts and index.html
  spaceflight-stats describe [INPUT...]             print what the input holds
  spaceflight-stats query [INPUT...] [QUERY...]     LL2's spacecraft query, offline
  spaceflight-stats fetch ENDPOINT --out DIR        save a snapshot of an LL2 listing

INPUT is an LL2 JSON file (a page, an array of records, one record or another envelope),
a newline-delimited .ndjson file (one record a line) or a folder of .json and .ndjson files
(a snapshot folder's manifest.json gives fetch times); with none, the bundled sample is read.

Options:
  -o, --out DIR         report folder (default: report)
  --records-key KEY     the key of the records array in a non-LL2 envelope
  --api-version V       read every record as API V (2.2.0 or 2.3.0), whatever its url says
  --strict              stop at the first record that cannot be read, instead of skipping it

Options of fetch (ENDPOINT: spacecraft, spacecraft_flights, astronauts,
spacecraft_configurations):
  --out DIR             the snapshot folder (required; never the bundled data/ folder)
  --mode MODE           normal (default) or detailed
  --base-url URL        production (default), development, or a URL
  --api-version V       default 2.3.0
  --token TOKEN         LL2 API token (or LL2_TOKEN); lifts the 15 requests/hour budget
  --ordering FIELD      the endpoint's ordering: id, or --ordering=-time_in_space
  --filter KEY=VALUE    one of the endpoint's filters or search; repeatable
  --use-cache           a completed snapshot in DIR is used as it is: no request
  --timeout SECONDS     per request (default 30)
  -h, --help            this text

Query options (as LL2's GET /2.3.0/spacecraft/ parameters):
  --search TEXT             every term (split at spaces and commas) in the name or the
                            configuration's name, any case
  --ordering FIELD          flights_count, id, mission_ends_count, time_docked or
                            time_in_space; -FIELD for descending; comma-separated
  --in-space BOOL           true or false (or 1 or 0)
  --is-placeholder BOOL     true or false (or 1 or 0)
  --name TEXT               the exact name
  --spacecraft-config ID    a configuration id
  --status ID               a status id
  --limit N                 rows to show, 1 to 100 (default 10)
  --offset N                matching rows to skip (default 0)
  --format FORMAT           table (default), csv or json
  --version             the kit's version`;

type Command = (args: CommandLine, print: (line: string) => void) => Promise<void>;
// A Map, so that a command named like an Object.prototype property (`constructor`) is
// unknown rather than found.
const COMMANDS = new Map<string, Command>([
  ['report', reportCommand],
  ['describe', describeCommand],
  ['query', queryCommand],
  ['fetch', fetchCommand],
]);

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const args = parseCommandLine(argv);
    if (args.version) return (print(packageVersion()), 0);
    if (args.help || args.command === null) return (print(HELP), args.help ? 0 : 1);
    const command = COMMANDS.get(args.command);
    if (!command) throw new InputError(messages.unknownCommand(args.command));
    await command(args, print);
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

// Input errors are the user's to fix: one line, exit 1. Anything else is a bug: one line,
// exit 2, and the stack only when SPACEFLIGHT_STATS_DEBUG is set.
function reportError(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(`spaceflight-stats: ${error.message}\n`);
    return 1;
  }
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`spaceflight-stats: ${messages.internalError(text)}\n`);
  if (process.env.SPACEFLIGHT_STATS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  return 2;
}

function packageVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
