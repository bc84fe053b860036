/**
 * The load report as lines of text for people: what was read, kept, merged and skipped.
 */
import type {
  DurationReport,
  FileReport,
  LoadReport,
  ManifestReport,
} from '../load/load-report.js';

/** One line per file: layout, versions, records by kind, skipped and not analysed. */
function fileLine(file: FileReport): string {
  const kinds = Object.entries(file.kinds)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const versions = file.versions.length > 0 ? `API ${file.versions.join(', ')}` : 'no API version';
  const skipped = file.skipped > 0 ? `, ${file.skipped} skipped` : '';
  const other = file.notAnalysed > 0 ? `, ${file.notAnalysed} not analysed` : '';
  const fetched = file.fetchedAt ? `, fetched ${file.fetchedAt}` : '';
  return (
    `read ${file.file} (${file.envelope}${fetched}): ${versions}, ` +
    `${file.records} records (${kinds || 'none'})${skipped}${other}`
  );
}

/** A short account of a load, one fact per line. */
export function formatLoadSummary(report: LoadReport): string[] {
  const lines = report.files.map(fileLine);
  lines.push(loadedLine(report));
  for (const { file, reason } of report.ignoredFiles) lines.push(`ignored ${file}: ${reason}`);
  for (const skipped of report.skipped) lines.push(`skipped: ${skipped.message}`);
  lines.push(...durationWarnings(report));
  return lines;
}

// Durations that change totals in ways a reader should know of: negatives, and zeros on
// spacecraft that have flown (LL2 writes P0D for "no data" too).
function durationWarnings(report: LoadReport): string[] {
  const lines: string[] = [];
  for (const d of report.durations) {
    const where = `${d.table}.${d.column}`;
    if (d.negatives > 0)
      lines.push(`note: ${where} has ${d.negatives} negative values, summed as they are`);
    if (d.suspiciousZeros > 0) {
      lines.push(
        `note: ${where} is 0 on ${d.suspiciousZeros} records with flights (maybe no data)`,
      );
    }
  }
  return lines;
}

function loadedLine(report: LoadReport): string {
  const t = report.tables;
  const merged = Object.values(t).reduce((sum, table) => sum + table.mergedCopies, 0);
  const others =
    t.astronauts.rows + t.configurations.rows > 0
      ? `; ${t.astronauts.rows} astronauts and ${t.configurations.rows} configurations`
      : '';
  return (
    `loaded ${t.spacecraft.rows} spacecraft and ${t.flights.rows} flights${others}` +
    (merged > 0 ? ` (${merged} repeated copies merged by id)` : '')
  );
}

/** What one file gave, table by table, and its odd fields and records, indented. */
function fileDetail(file: FileReport, report: LoadReport): string[] {
  const lines = [fileLine(file)];
  for (const [table, n] of Object.entries(file.tables)) {
    lines.push(`  ${table}: ${n.read} read, ${n.kept} kept, ${n.merged} merged into other copies`);
  }
  if (file.manifestRecords !== null && file.manifestRecords !== file.records) {
    lines.push(
      `  odd: the manifest lists ${file.manifestRecords} records, the file holds ${file.records}`,
    );
  }
  for (const [reason, n] of Object.entries(file.notAnalysedReasons)) {
    lines.push(`  not analysed: ${n} record(s): ${reason} (named, not loaded)`);
  }
  for (const [kind, fields] of Object.entries(file.missingFields)) {
    lines.push(`  missing: ${kind} records lack ${fields.join(', ')} (null columns)`);
  }
  for (const [kind, fields] of Object.entries(file.unknownFields)) {
    lines.push(`  unknown: ${kind} records have ${fields.join(', ')} (ignored)`);
  }
  for (const skipped of report.skipped.filter((s) => s.file === file.file)) {
    lines.push(`  skipped: ${skipped.message}`);
  }
  return lines;
}

/** The load report in full, for `describe`: per file, then tables and durations. */
export function formatLoadReport(report: LoadReport): string[] {
  return [
    ...report.files.flatMap((file) => fileDetail(file, report)),
    ...report.manifests.map(manifestLine),
    ...report.ignoredFiles.map(({ file, reason }) => `ignored ${file}: ${reason}`),
    loadedLine(report),
    ...report.durations.filter((d) => d.values + d.nulls > 0).map(durationLine),
    ...Object.entries(report.tables)
      .filter(([, t]) => t.differingIds.length > 0)
      .map(
        ([name, t]) =>
          `${name}: copies of ids ${t.differingIds.join(', ')} differed; the copy kept is, in ` +
          'order: a top-level record over a nested one, the later last_updated, the later ' +
          'fetch time, the newer API version, else the last read',
      ),
  ];
}

function manifestLine(m: ManifestReport): string {
  const missing =
    m.missingPages.length > 0 ? `; pages not found: ${m.missingPages.join(', ')}` : '';
  return (
    `manifest ${m.file}: endpoint ${m.endpoint ?? '?'}, API ${m.apiVersion ?? '?'}, ` +
    `mode ${m.mode ?? '?'}, ${m.pages} pages (fetch times used to merge copies)${missing}`
  );
}

function durationLine(d: DurationReport): string {
  const suspicious =
    d.suspiciousZeros > 0
      ? ` (${d.suspiciousZeros} suspicious: on rows whose ${d.suspiciousWhenAbove0} is above 0)`
      : '';
  return (
    `${d.table}.${d.column}: ${d.values} values, ${d.nulls} null, ${d.zeros} zero${suspicious}, ` +
    `${d.negatives} negative, ${d.fractional} fractional`
  );
}
