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

// Issue 7: fetching from the live LL2 API into a snapshot folder.
export {
  fetchAll,
  MAX_RECOVERY_ROUNDS,
  type FetchedPage,
  type FetchOptions,
} from './fetch/fetch-all.js';
export {
  fetchSnapshot,
  type SnapshotOptions,
  type SnapshotResult,
} from './fetch/fetch-snapshot.js';
export { FetchError } from './fetch/fetch-error.js';
export { systemClock, type FetchClock } from './fetch/fetch-clock.js';
export type { FetchEvent, FetchEventSink } from './fetch/fetch-event.js';
export { FetchProgress } from './fetch/fetch-progress.js';
export { RequestBudget, FREE_REQUESTS_PER_HOUR } from './fetch/request-budget.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './fetch/backoff-delay.js';
export { throttleWaitMs } from './fetch/throttle-wait.js';
export {
  FETCH_ENDPOINTS,
  LL2_DEVELOPMENT_URL,
  LL2_PRODUCTION_URL,
  type FetchEndpoint,
} from './fetch/ll2-endpoints.js';
export type { ManifestPage, SnapshotManifest } from './fetch/snapshot-manifest.js';
