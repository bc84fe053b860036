/**
 * `spaceflight-stats describe INPUT...`: the load report of the inputs, nothing written.
 */
import { load } from '../load/load.js';
import { InputError, messages } from '../messages.js';
import { BUNDLED_SAMPLE } from './bundled-sample.js';
import { formatLoadReport } from './format-load-report.js';
import type { CommandLine } from './parse-args.js';

/** Loads the inputs (the bundled sample when none) and prints what was read. */
export async function describeCommand(
  args: CommandLine,
  print: (line: string) => void,
): Promise<void> {
  if (args.out !== null) throw new InputError(messages.optionNotFor('--out', 'describe'));
  const inputs = args.inputs.length > 0 ? args.inputs : [BUNDLED_SAMPLE];
  const loaded = await load(inputs, {
    strict: args.strict,
    recordsKey: args.recordsKey ?? undefined,
    apiVersion: args.apiVersion ?? undefined,
  });
  for (const line of formatLoadReport(loaded.report)) print(line);
}
