// Whether the kit's summaries and pandas' agree: the same groups, by name, with the same
// figures. pandas names a group without a name NaN, where the kit writes `unknown ...`.
import { sameRows } from './same-rows.js';

const UNKNOWN = {
  agency: 'unknown agency',
  spacecraft_config: 'unknown configuration',
  decade: 'unknown',
};
const NAME_COLUMN = {
  agency: 'spacecraft_config_agency_name',
  spacecraft_config: 'spacecraft_config_name',
  decade: 'decade_name',
};
const FIGURES = [
  'spacecraft_count',
  'flights',
  'time_in_space_count',
  'time_in_space_total_s',
  'time_in_space_mean_s',
  'time_in_space_median_s',
  'time_in_space_max_s',
  'flown_count',
  'reflown_count',
  'reuse_rate',
];

/**
 * @param {Record<string, Record<string, unknown>[]>} kit rows by grouping
 * @param {Record<string, Record<string, unknown>[]>} pandas rows by grouping
 * @returns {{ ok: boolean, why?: string }}
 */
export function summariesAgree(kit, pandas) {
  for (const by of Object.keys(UNKNOWN)) {
    const pick = (row, name) => ({ name, ...Object.fromEntries(FIGURES.map((f) => [f, row[f]])) });
    const ours = kit[by].map((row) => pick(row, row.group_name)).sort(byName);
    const theirs = pandas[by]
      .map((row) => pick(row, row[NAME_COLUMN[by]] ?? UNKNOWN[by]))
      .sort(byName);
    const found = sameRows(ours, theirs);
    if (!found.ok) return { ok: false, why: `by ${by}: ${found.why}` };
  }
  return { ok: true };
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
