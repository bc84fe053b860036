// RESULTS.md from the figures of one run: the machine and versions, the inputs, a summary
// table of every comparison against its aim, then each comparison in detail and the notes
// on what limits the kit (bench/report/limits.md, kept by hand).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AIMS, judge } from './aims.js';
import { count, megabytes, medianRange, ms, seconds, times } from './format.js';

const LIMITS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'limits.md');

/** The document, as Markdown (not yet formatted). */
export function resultsMarkdown(run) {
  return [
    header(run),
    machine(run),
    inputs(run),
    summary(run),
    loadDetails(run),
    pipelineDetails(run),
    aggregateDetails(run),
    jobDetails(run),
    readFileSync(LIMITS, 'utf8'),
  ].join('\n\n');
}

function header(run) {
  const quick = run.quick
    ? '\n\n**Quick mode**: small inputs, to show the benchmark works. These figures say ' +
      'nothing about speed; run `npm run bench` for the real ones.'
    : '';
  return `# Benchmark results

Written by \`npm run bench${run.quick ? ' -- --quick' : ''}\` on ${run.startedAt}, in ${seconds(
    run.tookMs / 1000,
  )}. Every comparison ran both sides in this one run, on the same input files or the same
rows in memory. Figures are medians over the runs named; times are wall-clock (what a person
waits), with CPU time beside them where one process did the work.${quick}`;
}

function machine(run) {
  const m = run.machine;
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  const py = run.pipeline[0]?.versions ?? {};
  return `## Machine and versions

| what | value |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${m.memoryGiB} GiB |
| system | ${m.os} |
| load average (1, 5, 15 min) at start | ${load(m.loadAverage)} |
| load average at end | ${load(run.loadAtEnd)} |
| Node.js | ${m.node} |
| spaceflight-stats | ${m.kit} |
| Arquero | ${m.arquero} |
| DuckDB | ${run.aggregates.duckdbVersion} (@duckdb/node-api ${m.duckdbNodeApi}), ${
    run.aggregates.duckdbThreads
  } threads |
| Python, pandas, NumPy | ${py.python ?? '-'}, ${py.pandas ?? '-'}, ${py.numpy ?? '-'} |

A load average near or above the number of cores means other work shared the machine: wall
times then grow and vary from run to run, and CPU times (also shown) are the steadier guide.`;
}

function pages(written) {
  const n = written.files.length;
  return `${count(n)} ${n === 1 ? 'page' : 'pages'}`;
}

function inputs(run) {
  const rows = run.inputs.sets.map(
    (s) =>
      `| ${s.label} | ${count(s.spacecraftCount)} spacecraft in ${pages(s.spacecraft)}, ` +
      `${megabytes(s.spacecraft.bytes)} | ${count(s.flightCount)} flights in ` +
      `${pages(s.flights)}, ${megabytes(s.flights.bytes)} |`,
  );
  return `## Inputs: scaled data, not real records

All inputs are **scaled data** made by the seeded generator in \`bench/generate/\` (seed
${run.seed}) from ${run.inputs.templates.spacecraft} real LL2 2.3.0 normal-mode spacecraft
records and ${run.inputs.templates.flights} real spacecraft_flights records (${run.inputs.sources
    .map((s) => `\`${s}\``)
    .join(' and ')}): new ids, varied names, serials, durations and flight counts, each
configuration split into ${run.inputs.configVariants} numbered variants; nulls and \`P0D\`
kept where the real record has them. They are written as LL2 API pages of 100 records into a
temporary folder and deleted after the run.

| set | spacecraft pages | flight pages (pipeline only) |
| --- | --- | --- |
${rows.join('\n')}

The aggregates use ${count(run.aggregates.spacecraftRows)} spacecraft rows and ${count(
    run.aggregates.flightRows,
  )} flight rows made directly as table columns in memory (also scaled data).`;
}

function summary(run) {
  const rows = [];
  const load = run.load.at(-1);
  const loadRatio = load.kit.wallMs.median / load.floor.wallMs.median;
  rows.push([
    `load and convert ${load.label} spacecraft against \`JSON.parse\` of the same files (${threads(
      load.threads,
    )})`,
    ms(load.kit.wallMs.median),
    ms(load.floor.wallMs.median),
    `${times(loadRatio)} the floor (CPU ${times(load.kit.cpuMs.median / load.floor.cpuMs.median)})`,
    AIMS.loadVsFloor.text,
    verdict(loadRatio, load.kit.cpuMs.median / load.floor.cpuMs.median, AIMS.loadVsFloor),
  ]);
  const oneRatio = load.oneThread.wallMs.median / load.floor.wallMs.median;
  const oneCpu = load.oneThread.cpuMs.median / load.floor.cpuMs.median;
  rows.push([
    `the same load held to one thread (\`parallel: false\`) against the floor`,
    ms(load.oneThread.wallMs.median),
    ms(load.floor.wallMs.median),
    `${times(oneRatio)} the floor (CPU ${times(oneCpu)})`,
    AIMS.loadVsFloor.text,
    verdict(oneRatio, oneCpu, AIMS.loadVsFloor),
  ]);
  const memoryRatio = load.kit.peakGrowthBytes.median / load.bytes;
  rows.push([
    `peak memory of that load against the input size`,
    megabytes(load.kit.peakGrowthBytes.median),
    megabytes(load.bytes),
    `${times(memoryRatio)} the input`,
    AIMS.memoryVsInput.text,
    judge(memoryRatio, AIMS.memoryVsInput),
  ]);
  for (const p of run.pipeline) {
    const ratio = p.pandas.wallMs.median / p.kit.wallMs.median;
    rows.push([
      `whole pipeline, ${p.label} spacecraft and ${count(p.flights)} flights, against pandas`,
      ms(p.kit.wallMs.median),
      ms(p.pandas.wallMs.median),
      `${times(ratio)} faster (CPU ${times(p.pandas.cpuMs.median / p.kit.cpuMs.median)})`,
      AIMS.pandasVsKit.text,
      verdict(ratio, p.pandas.cpuMs.median / p.kit.cpuMs.median, AIMS.pandasVsKit),
    ]);
  }
  for (const a of run.aggregates.aggregates) {
    const ratio = a.kitMs.median / a.duckMs.median;
    rows.push([
      `${a.name}, in memory, against DuckDB`,
      ms(a.kitMs.median),
      ms(a.duckMs.median),
      `${times(ratio)} DuckDB`,
      AIMS.kitVsDuckdb.text,
      judge(ratio, AIMS.kitVsDuckdb),
    ]);
  }
  rows.push([
    'the main job on the bundled sample',
    ms(run.mainJob.wallMs.median),
    '-',
    '-',
    'none set',
    '-',
  ]);
  rows.push([
    'notebook kernel start to first chart',
    notebookFirstChart(run.notebooks),
    '-',
    '-',
    'none set',
    '-',
  ]);
  const lines = rows.map((r) => `| ${r.join(' | ')} |`);
  return `## Summary

| comparison | kit | other side | ratio | aim | verdict |
| --- | --- | --- | --- | --- | --- |
${lines.join('\n')}`;
}

// The verdict on wall time, and on CPU time too where the two disagree (on a busy machine
// the wall times of the two sides are stretched by different amounts).
function verdict(wallRatio, cpuRatio, aim) {
  const onWall = judge(wallRatio, aim);
  const onCpu = judge(cpuRatio, aim);
  return onWall === onCpu || (onWall !== 'met') === (onCpu !== 'met')
    ? onWall
    : `${onWall}; on CPU time ${onCpu}`;
}

function notebookFirstChart(notebooks) {
  if (notebooks.missing) return `not measured: ${notebooks.missing}`;
  const charts = notebooks.notebooks.filter((n) => n.firstChartS != null);
  if (charts.length === 0) return 'no notebook showed a chart';
  return charts.map((n) => `${seconds(n.firstChartS)} (${path.basename(n.notebook)})`).join(', ');
}

function loadDetails(run) {
  const side = (l, name, figures) =>
    `| ${name} | ${medianRange(figures.wallMs)} | ${ms(figures.cpuMs.median)} | ${megabytes(
      figures.peakGrowthBytes.median,
    )} (${times(figures.peakGrowthBytes.median / l.bytes)}) |`;
  const rows = run.load.flatMap((l) => [
    `| ${l.label} (${megabytes(l.bytes)}, ${l.files} files) ${side(l, kitSide(l), l.kit)}`,
    `| ${side(l, 'kit `load()` held to one thread', l.oneThread)}`,
    `| ${side(l, 'read + `JSON.parse`', l.floor)}`,
  ]);
  return `## Loading against the JSON.parse floor, and memory

Each run is a fresh Node process that imports the kit, then is timed from the first file
read to the tables built (\`load(files)\`: check each field, flatten, durations to seconds,
merge by id, build the Arquero tables and the load report). The kit runs as a user gets it
(an input of 32 MB or more is split by bytes and its later files read on a second thread)
and held to one thread (\`parallel: false\`). The floor reads the same files one after
another and \`JSON.parse\`s each, dropping each document once its records are counted (as
the kit drops each file's), and does nothing else. The sides take turns. CPU time is the
whole process's, both threads included. Memory is the growth of the process's resident set
from just before the work to its peak (\`process.resourceUsage().maxRSS\`), shown with its
ratio to the input bytes.

| input | side | wall, median (range) | CPU | peak memory growth |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`;
}

// The kit's side as a user gets it, with the threads it read on.
function kitSide(l) {
  return `kit \`load()\`, ${threads(l.threads)}`;
}

// How many threads the kit's load read with.
function threads(count) {
  return count === 2 ? 'two threads' : 'one thread';
}

function pipelineDetails(run) {
  const rows = run.pipeline.flatMap((p) => [
    `| ${p.label} + ${count(p.flights)} flights (${megabytes(p.bytes)}) | kit | ${medianRange(
      p.kit.wallMs,
    )} | ${ms(p.kit.cpuMs.median)} | ${p.agree.ok ? 'yes' : `**no**: ${p.agree.why}`} |`,
    `| | pandas | ${medianRange(p.pandas.wallMs)} | ${ms(p.pandas.cpuMs.median)} | |`,
  ]);
  return `## The whole pipeline against pandas

Both sides run in a fresh process each time and time from the first file read to the last
summary, without their runtime's start and their library's import. The kit: \`load\` of the
spacecraft and flight folders, then \`summarizeSpacecraft\` by agency, configuration and
decade. pandas (\`bench/pandas_pipeline.py\`): \`json.load\` of each page,
\`pd.json_normalize\`, \`pd.to_timedelta\` of the same five duration fields, the first launched
flight of each spacecraft from \`pd.to_datetime\`, and \`groupby\` with the same figures. The
last column says whether the two gave the same summaries, group by group.

| input | side | wall, median (range) | CPU | same results |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`;
}

function aggregateDetails(run) {
  const a = run.aggregates;
  const rows = a.aggregates.map(
    (x) =>
      `| ${x.name} | ${x.groups} | ${medianRange(x.kitMs)} | ${medianRange(x.duckMs)} | ${
        x.agree.ok ? 'yes' : `**no**: ${x.agree.why}`
      } |`,
  );
  return `## Aggregates in memory against DuckDB

${count(a.spacecraftRows)} spacecraft rows and ${count(a.flightRows)} flight rows are made as
columns, then put both into Arquero tables and into an in-memory DuckDB database before any
clock starts. Each aggregate then runs on both sides in turn, the order swapped every run,
in one process. The kit: \`summarizeSpacecraft\` by agency, configuration and decade of
first flight (which reads every flight row), and \`flightsByDecade\`; each read out with
\`.objects()\`. DuckDB: the same figures in SQL (\`bench/tasks/aggregate-sql.js\`), read out
with \`getRowObjectsJS()\`, using ${a.duckdbThreads} threads. The last column says whether the
two gave the same rows.

| aggregate | groups | kit, median (range) | DuckDB, median (range) | same results |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`;
}

function jobDetails(run) {
  const nb = run.notebooks;
  const nbRows = nb.missing
    ? [`| not measured: ${nb.missing} | | | | |`]
    : nb.notebooks.map(
        (n) =>
          `| ${n.notebook}${n.passed ? '' : ' (failed)'} | ${seconds(n.kernelReadyS)} | ${seconds(
            n.firstOutputS,
          )} | ${seconds(n.firstChartS)} | ${seconds(n.totalS)} |`,
      );
  return `## The main job and the notebooks

\`spaceflight-stats report\` on the bundled sample (10 spacecraft), timed from outside as a
person waits for it, process start to exit: ${medianRange(run.mainJob.wallMs)}.

Notebooks (${nb.source ?? 'not run'}), seconds from kernel start; \`-\` where a notebook
shows no chart:

| notebook | kernel ready | first output | first chart | total |
| --- | --- | --- | --- | --- |
${nbRows.join('\n')}`;
}
