// The benchmark: `npm run bench` (or `node bench/run.js`) after `npm run build`.
//
// Steps: read the options; write the scaled inputs into a new temporary folder; run each
// comparison (load against the JSON.parse floor with memory, the pipeline against pandas,
// the aggregates against DuckDB, the main job, the notebooks); write RESULTS.md; delete the
// temporary folder. Progress goes to stderr.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { compareAggregates } from './compare/aggregates-vs-duckdb.js';
import { compareLoad } from './compare/load-vs-floor.js';
import { timeMainJob } from './compare/main-job.js';
import { notebookTimings } from './compare/notebooks.js';
import { comparePipeline } from './compare/pipeline-vs-pandas.js';
import { CONFIG_VARIANTS, writeInputs } from './generate/inputs.js';
import { ROOT } from './generate/templates.js';
import { readOptions, USAGE } from './options.js';
import { describeMachine, loadAverage } from './report/machine.js';
import { resultsMarkdown } from './report/results-md.js';

const SHARED = path.resolve(ROOT, '../shared');
const log = (line) => process.stderr.write(`${line}\n`);

async function main(argv) {
  const options = readOptions(argv);
  if (options.help) return log(USAGE);
  if (options.out === SHARED || options.out.startsWith(`${SHARED}${path.sep}`)) {
    throw new Error(`bench: refusing to write into ${SHARED}`);
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'spaceflight-stats-bench-'));
  try {
    const run = await measure(options, folder);
    mkdirSync(options.out, { recursive: true });
    const file = path.join(options.out, 'RESULTS.md');
    writeFileSync(file, await formatted(resultsMarkdown(run)));
    log(`bench: wrote ${path.relative(process.cwd(), file) || file}`);
  } finally {
    if (options.keep) log(`bench: kept the inputs in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

async function measure(options, folder) {
  const { plan, seed } = options;
  const started = performance.now();
  const run = { quick: options.quick, seed, startedAt: new Date().toISOString() };
  run.machine = describeMachine();

  // Inputs: scaled LL2 pages in the temporary folder.
  log(`bench: writing scaled inputs (${plan.sizes.join(', ')} spacecraft) into ${folder}`);
  const { sets, templates } = writeInputs(folder, plan.sizes, seed);
  run.inputs = {
    sets,
    configVariants: CONFIG_VARIANTS,
    templates: { spacecraft: templates.spacecraft.length, flights: templates.flights.length },
    sources: templates.sources.map((s) => (path.isAbsolute(s) ? path.basename(s) : s)),
  };

  // The comparisons, one after another so that they do not compete for the cores.
  log('bench: loading against the JSON.parse floor');
  run.load = [];
  for (const set of sets) run.load.push(await compareLoad(set, plan.runs.load, log));
  log('bench: the pipeline against pandas');
  run.pipeline = [];
  for (const [i, set] of sets.entries()) {
    run.pipeline.push(await comparePipeline(set, plan.runs.pipeline[i], log));
  }
  log('bench: aggregates in memory against DuckDB');
  run.aggregates = await compareAggregates({ seed, ...plan.aggregates }, plan.runs.aggregates);
  log('bench: the main job');
  run.mainJob = await timeMainJob(folder, plan.runs.mainJob);
  log('bench: notebooks');
  run.notebooks =
    plan.notebooks || options.notebooksSummary
      ? await notebookTimings(folder, options.notebooksSummary)
      : { missing: options.quick ? 'not run in quick mode' : 'not run (--no-notebooks)' };

  run.loadAtEnd = loadAverage();
  run.tookMs = performance.now() - started;
  return run;
}

// The document formatted with the project's Prettier settings, prose wrapped at the print
// width (which `prettier --check`, preserving prose as it is, accepts).
// The settings are the project's wherever the file goes (--out may be outside it).
async function formatted(markdown) {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(path.join(ROOT, 'bench/RESULTS.md'))) ?? {};
  return prettier.format(markdown, { ...config, parser: 'markdown', proseWrap: 'always' });
}

main(process.argv.slice(2)).catch((error) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
