// The whole pipeline with the kit: load spacecraft and flight pages (durations to seconds on
// the way), then summarize the spacecraft by agency, configuration and decade of first
// flight. The summaries go back for the cross-check against pandas.
import { kitModule } from './kit-module.js';

const GROUPINGS = ['agency', 'spacecraft_config', 'decade'];

export async function prepare(args) {
  return { ...args, kit: await kitModule() };
}

/** @param {{ inputs: string[], kit: any }} args */
export async function run({ inputs, kit }) {
  const loaded = await kit.load(inputs);
  const summaries = Object.fromEntries(
    GROUPINGS.map((by) => [by, kit.summarizeSpacecraft(loaded, { by })]),
  );
  return {
    spacecraft: loaded.spacecraft.numRows(),
    flights: loaded.flights.numRows(),
    summaries,
  };
}

/** The summaries as plain rows, after the clock has stopped. */
export function serialize(result) {
  const rows = Object.entries(result.summaries).map(([by, table]) => [by, table.objects()]);
  return { ...result, summaries: Object.fromEntries(rows) };
}
