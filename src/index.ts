/**
 * spaceflight-stats: statistics, charts and reports from Launch Library 2 data.
 *
 * Nothing reachable from here imports vega or vega-lite at the top: they are loaded lazily,
 * so that notebooks on tslab (which compiles to `require`) can import the kit.
 */
export { durationToSeconds, type DurationOptions } from './duration/duration-to-seconds.js';
export { InputError, messages, type Place } from './messages.js';
export { kindFromUrl, type KindAndVersion, type RecordKind } from './ll2/record-kind.js';
export {
  load,
  FLIGHT_TABLE_COLUMNS,
  SPACECRAFT_TABLE_COLUMNS,
  type LoadOptions,
  type LoadResult,
} from './load/load.js';
export type { LoadInput } from './load/read-sources.js';
export type {
  DurationReport,
  FileReport,
  LoadReport,
  SkippedRecord,
  TableReport,
} from './load/load-report.js';
export { describeValues, type ValueSummary } from './stats/describe-values.js';
export { decadeName, decadeOf } from './stats/decade.js';
export { isPlannedLaunch } from './stats/launch-status.js';
export { firstFlightDecades } from './stats/first-flight-decades.js';
export { reuseRate, type ReuseCounts, type ReuseOptions } from './stats/reuse-rate.js';
export {
  summarizeSpacecraft,
  type SpacecraftGrouping,
  type SummarizeOptions,
} from './stats/summarize-spacecraft.js';
export { flightsByDecade, type FlightsByDecade } from './stats/flights-by-decade.js';
export { toCsv } from './export/to-csv.js';
export { toJson } from './export/to-json.js';
export { chartTheme, CHART_FONT, VEGA_LITE_SCHEMA_URL, type ChartOptions } from './charts/theme.js';
export { timeInSpaceByConfigChart } from './charts/time-in-space-by-config-chart.js';
export { reuseRateByConfigChart } from './charts/reuse-rate-by-config-chart.js';
export { flightsByDecadeChart } from './charts/flights-by-decade-chart.js';
export { loadVega, loadVegaLite } from './render/load-vega.js';
export { compileChart, type CompiledChart } from './render/compile-chart.js';
export { renderSvg } from './render/render-svg.js';
export { renderPng, type PngOptions } from './render/render-png.js';
export { planReport, type ReportPlan } from './report/plan-report.js';
export { writeReport, type ReportOptions, type WrittenReport } from './report/write-report.js';

// Issue 6: notebook display helpers (tslab is found at run time, never imported).
export type { DisplayBundle, DisplayOptions, MimeBundle } from './notebook/mime-bundle.js';
export { tslabDisplay } from './notebook/tslab-display.js';
export {
  jupyterVegaLiteSpec,
  JUPYTER_VEGA_LITE_SCHEMA_URL,
  VEGA_LITE_V5_MIME,
} from './notebook/jupyter-vega-lite-spec.js';
export { chartBundle } from './notebook/chart-bundle.js';
export { showChart } from './notebook/show-chart.js';
export {
  tablePreview,
  DEFAULT_PREVIEW_ROWS,
  type PreviewInput,
  type TablePreviewOptions,
} from './notebook/table-preview.js';
export { showTable, type ShowTableOptions } from './notebook/show-table.js';
export { notebookInput, NOTEBOOK_DATA_VARIABLE } from './notebook/notebook-input.js';
// Types that public signatures use, exported so that the reference docs can show them.
export type { AnalysedKind } from './ll2/record-kind.js';
export type { ChartInput } from './charts/chart-rows.js';
export type { ChartFrame, ChartSpec, FrameSize } from './charts/theme.js';
export type { PlannedChart, PlannedTable } from './report/plan-report.js';
