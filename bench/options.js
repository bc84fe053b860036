// The benchmark's command line: `npm run bench [-- OPTIONS]`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './generate/templates.js';

export const USAGE = `Usage: npm run bench [-- OPTIONS]   (npm run build first)

  --quick                 small inputs and few runs: checks that the benchmark works
  --out DIR               folder for RESULTS.md (default: bench/)
  --runs N                runs of every comparison (default: 5, and 3 for the 100k pipeline;
                          3 in quick mode)
  --seed N                seed of the data generator (default: 8)
  --notebooks             run the notebooks in quick mode too (the full run always does)
  --no-notebooks          do not run the notebooks
  --notebooks-summary F   read notebook timings from this summary.json instead of running
  --keep                  keep the temporary folder of generated inputs
  --help                  show this`;

/** Sizes and run counts of a full run and of a quick one. */
const PLANS = {
  full: {
    sizes: [10_000, 100_000],
    aggregates: { spacecraftCount: 1_000_000, flightCount: 1_000_000 },
    runs: { load: 5, pipeline: [5, 3], aggregates: 5, mainJob: 5 },
    notebooks: true,
  },
  quick: {
    sizes: [1_000],
    aggregates: { spacecraftCount: 10_000, flightCount: 10_000 },
    runs: { load: 3, pipeline: [3], aggregates: 3, mainJob: 2 },
    notebooks: false,
  },
};

/** The options and the plan they give; throws with the usage on a bad command line. */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '8' },
      notebooks: { type: 'boolean' },
      'no-notebooks': { type: 'boolean', default: false },
      'notebooks-summary': { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const plan = structuredClone(values.quick ? PLANS.quick : PLANS.full);
  if (values.runs !== undefined) {
    const runs = positive(values.runs, '--runs');
    plan.runs = {
      load: runs,
      pipeline: plan.sizes.map(() => runs),
      aggregates: runs,
      mainJob: runs,
    };
  }
  if (values.notebooks) plan.notebooks = true;
  if (values['no-notebooks']) plan.notebooks = false;
  return {
    help: values.help,
    quick: values.quick,
    out: path.resolve(values.out ?? path.join(ROOT, 'bench')),
    seed: positive(values.seed, '--seed'),
    notebooksSummary: values['notebooks-summary'] ?? null,
    keep: values.keep,
    plan,
  };
}

function positive(text, name) {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} takes a whole number of 1 or more, got ${text}\n\n${USAGE}`);
  }
  return value;
}
