/**
 * Parses the command line: a command, its options and its inputs.
 */
import { parseArgs } from 'node:util';
import { isApiVersion, type ApiVersion } from '../ll2/record-kind.js';
import { InputError, messages } from '../messages.js';

/** The parsed command line. */
export interface CommandLine {
  command: string | null;
  inputs: string[];
  out: string | null;
  recordsKey: string | null;
  /** `--api-version`: read every record with this version's shape. */
  apiVersion: ApiVersion | null;
  strict: boolean;
  help: boolean;
  version: boolean;
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
        'api-version': { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    const [command = null, ...inputs] = positionals;
    if (values.out === '') throw new InputError(messages.missingOptionValue('--out'));
    return {
      command,
      inputs,
      out: values.out ?? null,
      recordsKey: values['records-key'] ?? null,
      apiVersion: apiVersion(values['api-version']),
      strict: values.strict ?? false,
      help: values.help ?? false,
      version: values.version ?? false,
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(explain(error as Error & { code?: string }));
  }
}

function apiVersion(value: string | undefined): ApiVersion | null {
  if (value === undefined) return null;
  if (!isApiVersion(value)) throw new InputError(messages.badApiVersion(value));
  return value;
}

// Node's own parse errors, reworded through the message catalogue.
function explain(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return messages.missingOptionValue(option);
  return error.message;
}
