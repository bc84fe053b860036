// One measured task in a fresh Node process: `node bench/measure/child.js TASK 'JSON'`.
// Prints one JSON line: the task's own result plus wall and CPU milliseconds and memory.
// A fresh process per run keeps one run's garbage and JIT state out of the next, and gives
// a clean peak resident set size (maxRSS) for the memory comparison.
import process from 'node:process';

const TASKS = {
  'parse-floor': () => import('../tasks/parse-floor.js'),
  'kit-load': () => import('../tasks/kit-load.js'),
  'kit-pipeline': () => import('../tasks/kit-pipeline.js'),
  aggregates: () => import('../tasks/aggregates.js'),
};

const [name, json] = process.argv.slice(2);
const task = TASKS[name];
if (!task) {
  console.error(`bench child: unknown task ${name}`);
  process.exit(2);
}
const { prepare, run, serialize } = await task();
const args = JSON.parse(json ?? '{}');
const prepared = prepare ? await prepare(args) : args;

// Measure: memory before, then wall and CPU time around the work, then the peak.
const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
const cpu = process.cpuUsage();
const started = performance.now();
const result = await run(prepared);
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const maxRssKb = process.resourceUsage().maxRSS;
const cpuMs = (used.user + used.system) / 1000;
const shown = serialize ? serialize(result) : result;
process.stdout.write(`${JSON.stringify({ ...shown, wallMs, cpuMs, rssBeforeKb, maxRssKb })}\n`);
