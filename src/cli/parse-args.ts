/**
 * Parses the command line: a command, its options and its inputs.
 */
import { parseArgs } from 'node:util';
import { InputError, messages } from '../messages.js';

/** The parsed command line. */
export interface CommandLine {
  command: string | null;
  inputs: string[];
  out: string | null;
  recordsKey: string | null;
  strict: boolean;
  help: boolean;
  version: boolean;
  /** Options of `fetch` (null or empty when not given). */
  fetch: FetchCommandLine;
}

/** The options only `fetch` reads. */
export interface FetchCommandLine {
  mode: string | null;
  baseUrl: string | null;
  apiVersion: string | null;
  token: string | null;
  useCache: boolean;
  ordering: string | null;
  filters: string[];
  timeout: string | null;
}

/** Parses `argv` (without node and the script); unknown options are an error. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'records-key': { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        mode: { type: 'string' },
        'base-url': { type: 'string' },
        'api-version': { type: 'string' },
        token: { type: 'string' },
        'use-cache': { type: 'boolean' },
        ordering: { type: 'string' },
        filter: { type: 'string', multiple: true },
        timeout: { type: 'string' },
      },
    });
    const [command = null, ...inputs] = positionals;
    return {
      command,
      inputs,
      out: values.out ?? null,
      recordsKey: values['records-key'] ?? null,
      strict: values.strict ?? false,
      help: values.help ?? false,
      version: values.version ?? false,
      fetch: {
        mode: values.mode ?? null,
        baseUrl: values['base-url'] ?? null,
        apiVersion: values['api-version'] ?? null,
        token: values.token ?? null,
        useCache: values['use-cache'] ?? false,
        ordering: values.ordering ?? null,
        filters: values.filter ?? [],
        timeout: values.timeout ?? null,
      },
    };
  } catch (error) {
    throw new InputError(explain(error as Error & { code?: string }));
  }
}

// Node's own parse errors, reworded through the message catalogue.
function explain(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return messages.missingOptionValue(option);
  return error.message;
}
