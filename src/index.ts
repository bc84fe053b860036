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

// Issue 3: every LL2 shape the real data has (astronauts, configurations, versions, sources).
export {
  ASTRONAUT_TABLE_COLUMNS,
  CONFIGURATION_TABLE_COLUMNS,
  TABLE_NAMES,
  type TableName,
} from './load/table-columns.js';
export { API_VERSIONS, isApiVersion, type ApiVersion } from './ll2/record-kind.js';
export type { Envelope, FileTableCounts, IgnoredFile, ManifestReport } from './load/load-report.js';

// Issue 5: the full chart set, Arrow export, the interactive report page.
export {
  summarizeAstronauts,
  type AstronautGrouping,
  type AstronautSummaryOptions,
} from './stats/summarize-astronauts.js';
export {
  flightsByDecadeAndAgency,
  type FlightsByDecadeAndAgency,
} from './stats/flights-by-decade-and-agency.js';
export { flightTurnarounds } from './stats/flight-turnarounds.js';
export { toArrow } from './export/to-arrow.js';
export type { ChartSpec } from './charts/theme.js';
export type { ChartInput } from './charts/chart-rows.js';
export { timeInSpaceByAgencyChart } from './charts/time-in-space-by-agency-chart.js';
export {
  timeInSpaceStripChart,
  type StripChartOptions,
  type TimeScale,
} from './charts/time-in-space-strip-chart.js';
export { reuseRateByAgencyChart } from './charts/reuse-rate-by-agency-chart.js';
export { flightsByDecadeAgencyChart } from './charts/flights-by-decade-agency-chart.js';
export { cumulativeTimeInSpaceChart } from './charts/cumulative-time-in-space-chart.js';
export { turnaroundChart } from './charts/turnaround-chart.js';
export { astronautTimeByAgencyChart } from './charts/astronaut-time-by-agency-chart.js';
export { astronautTimeByDecadeChart } from './charts/astronaut-time-by-decade-chart.js';
export { noDataChart } from './charts/no-data-chart.js';
export type { PlannedChart, PlannedTable } from './report/plan-report.js';
export { reportHtml, type ReportPageInput, type RenderedChart } from './report/report-html.js';

// Issue 4: the offline spacecraft query, grouped aggregates and consistency checks.
export { query } from './query/query.js';
export {
  DEFAULT_QUERY_LIMIT,
  MAX_QUERY_LIMIT,
  ORDERING_COLUMNS,
  type OrderingField,
  type QueryOptions,
  type QueryResult,
} from './query/query-options.js';
export { parseOrdering, compareRows, type OrderingKey } from './query/ordering.js';
export { searchMatches, searchTerms } from './query/search-matches.js';
export { quantileSorted } from './stats/quantile.js';
export { dockedShare, type DockedShare } from './stats/docked-share.js';
export { durationColumns, durationColumnNames } from './stats/duration-columns.js';
export { tableFromRows } from './stats/table-from-rows.js';
export {
  columnKey,
  groupRows,
  idNameKey,
  type Group,
  type GroupId,
  type GroupKey,
} from './stats/group-rows.js';
export {
  groupSpacecraft,
  SPACECRAFT_GROUPINGS,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './stats/group-spacecraft.js';
export { SPACECRAFT_SUMMARY_COLUMNS } from './stats/summarize-spacecraft.js';
export { flightsOfSpacecraft, type SpacecraftFlightRows } from './stats/flights-of-spacecraft.js';
export {
  timeInSpace,
  TIME_IN_SPACE_COLUMNS,
  type TimeInSpaceOptions,
} from './stats/time-in-space.js';
export {
  flightStats,
  FLIGHT_STATS_COLUMNS,
  type FlightStatsOptions,
} from './stats/flight-stats.js';
export { reuseStats, REUSE_STATS_COLUMNS, type ReuseStatsOptions } from './stats/reuse-stats.js';
export {
  astronautTime,
  ASTRONAUT_GROUPINGS,
  ASTRONAUT_TIME_COLUMNS,
  type AstronautGroupBy,
  type AstronautTimeOptions,
} from './stats/astronaut-time.js';
export {
  consistencyChecks,
  CONSISTENCY_COLUMNS,
  TIME_IN_SPACE_TOLERANCE_S,
  type ConsistencyOptions,
} from './stats/consistency-checks.js';

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
export type { ChartFrame, FrameSize } from './charts/theme.js';
export type { KnownPage } from './fetch/find-stale-pages.js';
export type { NoDataTitle } from './charts/no-data-chart.js';
export type { LeftOutNoun } from './messages.js';
