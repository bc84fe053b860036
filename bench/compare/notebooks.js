// Notebook timings from the notebook runner's summary.json (scripts/notebooks/run.sh
// writes it): from kernel start to ready, to first output and to first chart.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../generate/templates.js';
import { spawnTimed } from '../measure/spawn-json.js';

/**
 * Runs the notebooks once (without rebuilding the kit) into `folder`, or reads the
 * summary.json given; resolves with each notebook's timings, or with why there are none.
 *
 * @param {string} folder
 * @param {string | null} summaryFile
 */
export async function notebookTimings(folder, summaryFile) {
  let file = summaryFile;
  if (!file) {
    const out = path.join(folder, 'notebooks');
    const script = path.join(ROOT, 'scripts/notebooks/run.sh');
    const env = { ...process.env, NOTEBOOKS_SKIP_BUILD: '1' };
    const run = await spawnTimed('bash', [script, '--out', out], { cwd: ROOT, env });
    if (run.code !== 0) return { missing: `the notebook runner failed (exit code ${run.code})` };
    file = path.join(out, 'summary.json');
  }
  if (!existsSync(file)) return { missing: `no summary.json at ${file}` };
  const summary = JSON.parse(readFileSync(file, 'utf8'));
  return {
    source: summaryFile ? file : 'one run of scripts/notebooks/run.sh in this benchmark',
    notebooks: summary.notebooks.map((n) => ({
      notebook: path.relative(ROOT, n.notebook),
      passed: n.passed,
      kernelReadyS: n.kernel_ready_s,
      firstOutputS: n.first_output_s,
      firstChartS: n.first_chart_s,
      totalS: n.total_s,
    })),
  };
}
