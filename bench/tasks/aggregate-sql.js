// The kit's aggregates written in DuckDB's SQL, with the kit's rules: nulls left out, a
// group's figures null when it has no values, placeholders left out of reuse, planned
// launches (status Go, TBD, TBC, Hold; by id 1, 2, 5, 8 when the abbreviation is missing)
// in no decade.

const PLANNED = `(CASE WHEN launch_status_abbrev IS NOT NULL
  THEN launch_status_abbrev IN ('Go', 'TBD', 'TBC', 'Hold')
  ELSE coalesce(launch_status_id IN (1, 2, 5, 8), false) END)`;

const FIGURES = `count(*) AS spacecraft_count,
  sum(flights_count) AS flights,
  count(time_in_space_s) AS time_in_space_count,
  sum(time_in_space_s) AS time_in_space_total_s,
  avg(time_in_space_s) AS time_in_space_mean_s,
  median(time_in_space_s) AS time_in_space_median_s,
  max(time_in_space_s) AS time_in_space_max_s,
  count(*) FILTER (WHERE NOT coalesce(is_placeholder, false) AND flights_count >= 1)
    AS flown_count,
  count(*) FILTER (WHERE NOT coalesce(is_placeholder, false) AND flights_count >= 2)
    AS reflown_count,
  reflown_count / nullif(flown_count, 0) AS reuse_rate`;

function byColumns(prefix, unknown) {
  return `SELECT ${prefix}_id AS group_id,
  coalesce(${prefix}_name, '${unknown}') AS group_name, ${FIGURES}
FROM spacecraft GROUP BY ALL ORDER BY group_name, group_id`;
}

/** One query per aggregate, named as in the results. */
export const AGGREGATE_SQL = {
  'spacecraft by agency': byColumns('spacecraft_config_agency', 'unknown agency'),
  'spacecraft by configuration': byColumns('spacecraft_config', 'unknown configuration'),
  'spacecraft by decade of first flight': `WITH first AS (
  SELECT spacecraft_id, min(launch_net) AS first_net FROM flights
  WHERE spacecraft_id IS NOT NULL AND launch_net IS NOT NULL AND NOT ${PLANNED}
  GROUP BY spacecraft_id)
SELECT (year(first.first_net) // 10) * 10 AS group_id,
  CASE WHEN group_id IS NULL THEN 'unknown' ELSE group_id || 's' END AS group_name, ${FIGURES}
FROM spacecraft LEFT JOIN first ON first.spacecraft_id = spacecraft.id
GROUP BY ALL ORDER BY group_id NULLS LAST`,
  'flights by decade': `SELECT (year(launch_net) // 10) * 10 AS decade,
  decade || 's' AS decade_name, count(*) AS flights
FROM flights WHERE launch_net IS NOT NULL AND NOT ${PLANNED}
GROUP BY ALL ORDER BY decade`,
};
