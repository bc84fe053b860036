/**
 * The load report as lines of text for people: what was read, kept, merged and skipped.
 */
import type { LoadReport } from '../load/load-report.js';

/** A short account of a load, one fact per line. */
export function formatLoadSummary(report: LoadReport): string[] {
  const lines = report.files.map((file) => {
    const kinds = Object.entries(file.kinds)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    const versions =
      file.versions.length > 0 ? `API ${file.versions.join(', ')}` : 'no API version';
    const skipped = file.skipped > 0 ? `, ${file.skipped} skipped` : '';
    const other = file.notAnalysed > 0 ? `, ${file.notAnalysed} of kinds not analysed` : '';
    return `read ${file.file}: ${versions}, ${file.records} records (${kinds || 'none'})${skipped}${other}`;
  });
  const { spacecraft, flights } = report.tables;
  const merged = spacecraft.mergedCopies + flights.mergedCopies;
  lines.push(
    `loaded ${spacecraft.rows} spacecraft and ${flights.rows} flights` +
      (merged > 0 ? ` (${merged} repeated copies merged by id)` : ''),
  );
  for (const file of report.ignoredFiles) lines.push(`ignored ${file}: not a .json file`);
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

/** The load report in full, for `describe`: the summary plus fields and durations. */
export function formatLoadReport(report: LoadReport): string[] {
  const lines = formatLoadSummary(report);
  for (const file of report.files) {
    for (const [kind, fields] of Object.entries(file.missingFields)) {
      lines.push(`${file.file}: ${kind} records lack ${fields.join(', ')} (null columns)`);
    }
  }
  for (const d of report.durations) {
    if (d.values + d.nulls === 0) continue;
    lines.push(
      `${d.table}.${d.column}: ${d.values} values, ${d.nulls} null, ${d.zeros} zero` +
        `${d.suspiciousZeros > 0 ? ` (${d.suspiciousZeros} on records with flights)` : ''}, ` +
        `${d.negatives} negative, ${d.fractional} fractional`,
    );
  }
  for (const [name, t] of Object.entries(report.tables)) {
    if (t.differingIds.length > 0) {
      lines.push(
        `${name}: copies of ids ${t.differingIds.join(', ')} differed; the last read was kept`,
      );
    }
  }
  return lines;
}
