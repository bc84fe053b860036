/**
 * Writes the main job's report folder: summary tables (CSV, JSON and Arrow IPC), each chart
 * (Vega-Lite JSON, SVG and PNG), the load report and the self-contained `index.html`.
 *
 * Everything is written into a temporary folder beside the target and renamed into place at
 * the end, so a failed run leaves no half report. An existing target is replaced only when it
 * is a report this kit wrote (it holds the marker file).
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/** The file that marks a folder as a report of this kit. */
export const REPORT_MARKER = '.spaceflight-stats-report';

/** Options for {@link writeReport}. */
export interface ReportOptions {
  /** The report folder. */
  out: string;
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
}

/** Writes the report of a loaded input; see the module comment for what and how. */
export async function writeReport(
  loaded: LoadResult,
  options: ReportOptions,
): Promise<WrittenReport> {
  const out = path.resolve(options.out);
  await refuseForeignFolder(out);
  const staging = `${out}.tmp-${process.pid}-${Date.now()}`;
  try {
    const written = await writeInto(staging, loaded, options);
    await swapIn(staging, out);
    return { out, files: written.files, plan: written.plan };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
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
  await writeFile(path.join(dir, REPORT_MARKER), 'spaceflight-stats report\n');
  return { plan, files };
}

async function refuseForeignFolder(out: string): Promise<void> {
  const info = await stat(out).catch(() => null);
  if (!info) return;
  if (info.isDirectory() && (await readdir(out)).length === 0) return;
  const marked = await stat(path.join(out, REPORT_MARKER)).catch(() => null);
  if (!info.isDirectory() || !marked) throw new InputError(messages.outputNotReport(out));
}

// Moves the finished folder into place; an earlier report there is removed after the swap.
async function swapIn(staging: string, out: string): Promise<void> {
  const old = `${out}.old-${process.pid}-${Date.now()}`;
  const hadOld = await stat(out).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(out, old);
  await mkdir(path.dirname(out), { recursive: true });
  await rename(staging, out);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
