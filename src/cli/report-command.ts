/**
 * `spaceflight-stats report [input...] --out DIR`: the main job.
 */
import path from 'node:path';
import { load, requireSomething } from '../load/load.js';
import { writeReport } from '../report/write-report.js';
import { BUNDLED_SAMPLE } from './bundled-sample.js';
import { formatLoadSummary } from './format-load-report.js';
import type { CommandLine } from './parse-args.js';

/** Where a report goes when `--out` is not given. */
export const DEFAULT_REPORT_DIR = 'report';

/** Loads the inputs (the bundled sample when none), writes the report, prints a summary. */
export async function reportCommand(
  args: CommandLine,
  print: (line: string) => void,
): Promise<void> {
  const inputs = args.inputs.length > 0 ? args.inputs : [BUNDLED_SAMPLE];
  if (args.inputs.length === 0) print(`no input given: using the bundled sample ${BUNDLED_SAMPLE}`);
  const loaded = await load(inputs, {
    strict: args.strict,
    recordsKey: args.recordsKey ?? undefined,
    apiVersion: args.apiVersion ?? undefined,
  });
  requireSomething(loaded, inputs);
  for (const line of formatLoadSummary(loaded.report)) print(line);

  const written = await writeReport(loaded, {
    out: args.out ?? DEFAULT_REPORT_DIR,
    inputs,
    onProgress: (step) => print(`${step}...`),
  });
  for (const warning of written.warnings) print(`warning: ${warning}`);
  for (const chart of written.plan.charts) {
    if (!chart.spec) print(`left out chart ${chart.name}: ${chart.leftOutBecause}`);
  }
  print(`wrote ${written.files.length} files to ${written.out}`);
  print(`open ${path.join(written.out, 'index.html')}`);
}
