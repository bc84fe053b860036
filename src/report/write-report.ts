/**
 * Writes the main job's report folder: summary tables (CSV, JSON and Arrow IPC), each chart
 * (Vega-Lite JSON, SVG and PNG), the load report and the self-contained `index.html`.
 *
 * Everything is written into a temporary folder beside the target and renamed into place at
 * the end, so a failed run leaves no half report. An existing target is replaced only when
 * it holds nothing but an earlier report's files (see check-output-folder.ts).
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toArrow } from '../export/to-arrow.js';
import { toCsv } from '../export/to-csv.js';
import { toJson } from '../export/to-json.js';
import type { LoadResult } from '../load/load.js';
import { InputError, messages } from '../messages.js';
import { compileChart } from '../render/compile-chart.js';
import { renderPng } from '../render/render-png.js';
import { renderSvg } from '../render/render-svg.js';
import { planReport, type ReportPlan } from './plan-report.js';
import { reportHtml, type RenderedChart } from './report-html.js';
import { vegaLibrary } from './vega-library.js';
import { checkOutputFolder, REPORT_MARKER, type ReportMarker } from './check-output-folder.js';

/** Options for {@link writeReport}. */
export interface ReportOptions {
  /** The report folder. */
  out: string;
  /** The input paths, which the report folder must not hold. */
  inputs?: readonly string[];
  /** When the report is made; defaults to now. */
  madeAt?: Date;
  /** Told of each step, for progress lines. */
  onProgress?: (step: string) => void;
}

/** What {@link writeReport} wrote. */
export interface WrittenReport {
  out: string;
  /** Paths relative to `out`, in the order written. */
  files: string[];
  plan: ReportPlan;
  /** Problems that did not stop the report, such as an earlier report left behind. */
  warnings: string[];
}

/** Writes the report of a loaded input; see the module comment for what and how. */
export async function writeReport(
  loaded: LoadResult,
  options: ReportOptions,
): Promise<WrittenReport> {
  const out = path.resolve(options.out);
  await checkOutputFolder(out, options.inputs ?? []);
  const staging = `${out}.tmp-${process.pid}-${Date.now()}`;
  try {
    const written = await writeInto(staging, loaded, options).catch(explainFsError(out));
    const warnings = await swapIn(staging, out).catch(explainFsError(out));
    return { out, files: written.files, plan: written.plan, warnings };
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

// A file-system error (no permission, a file where a folder should be) as an input error.
function explainFsError(out: string) {
  return (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new InputError(messages.cannotWrite(out, code));
  };
}

async function writeInto(dir: string, loaded: LoadResult, options: ReportOptions) {
  const plan = planReport(loaded);
  const files: string[] = [];
  const put = async (name: string, body: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
    files.push(name);
  };

  for (const { name, table } of plan.tables) {
    await put(`tables/${name}.csv`, toCsv(table));
    await put(`tables/${name}.json`, toJson(table));
    await put(`tables/${name}.arrow`, toArrow(table));
  }
  const rendered: RenderedChart[] = [];
  for (const chart of plan.charts) {
    if (!chart.spec) continue;
    options.onProgress?.(`rendering ${chart.name}`);
    const [svg, compiled] = await Promise.all([renderSvg(chart.spec), compileChart(chart.spec)]);
    rendered.push({ name: chart.name, svg, vega: compiled.vega });
    await put(`charts/${chart.name}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    await put(`charts/${chart.name}.svg`, svg);
    await put(`charts/${chart.name}.png`, renderPng(svg));
  }
  await put('load-report.json', `${JSON.stringify(loaded.report, null, 2)}\n`);
  const madeAt = options.madeAt ?? new Date();
  const page = { plan, report: loaded.report, madeAt, rendered, vegaLibrary: await vegaLibrary() };
  await put('index.html', reportHtml(page));
  const marker: ReportMarker = { written_by: 'spaceflight-stats', files };
  await writeFile(path.join(dir, REPORT_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return { plan, files };
}

// Moves the finished folder into place; an earlier report there is removed after the swap.
// Failing to remove it loses nothing, so it is a warning.
async function swapIn(staging: string, out: string): Promise<string[]> {
  const old = `${out}.old-${process.pid}-${Date.now()}`;
  const hadOld = await stat(out).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(out, old);
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOld) await rename(old, out);
    throw error;
  }
  if (!hadOld) return [];
  return rm(old, { recursive: true, force: true }).then(
    () => [],
    (error: NodeJS.ErrnoException) => [messages.oldReportLeft(old, error.code ?? error.message)],
  );
}
