// Small hand-made chart inputs, shared by the chart and render tests. Every number here was
// written or worked out by hand from the per-spacecraft values in the comments; none was
// produced by the code under test. The names are real LL2 configurations; the values are
// invented and round, so the totals are easy to check.

/**
 * A `summarizeSpacecraft(tables, { by: 'spacecraft_config' })` result with four
 * configurations: two with time in space, one without (Vostok 3KA, all nulls), and one with
 * no flown spacecraft (Starliner, reuse_rate null).
 */
export const configSummary = [
  // Apollo CSM: 3 spacecraft in space 864,000 s (10 d), 702,000 s (8 d 3 h) and
  // 1,080,000 s (12 d 12 h). Total 2,646,000 s = 30.625 d; mean 882,000; median 864,000;
  // max 1,080,000. Flights 1 + 1 + 2 = 4; flown 3, reflown 1 (the one with 2 flights);
  // reuse 1/3.
  {
    group_id: 2,
    group_name: 'Apollo CSM',
    spacecraft_count: 3,
    flights: 4,
    time_in_space_count: 3,
    time_in_space_total_s: 2_646_000,
    time_in_space_mean_s: 882_000,
    time_in_space_median_s: 864_000,
    time_in_space_max_s: 1_080_000,
    flown_count: 3,
    reflown_count: 1,
    reuse_rate: 1 / 3,
  },
  // Vostok 3KA: 1 spacecraft, 1 flight, no time_in_space. Flown 1, reflown 0; reuse 0.
  {
    group_id: 1,
    group_name: 'Vostok 3KA',
    spacecraft_count: 1,
    flights: 1,
    time_in_space_count: 0,
    time_in_space_total_s: null,
    time_in_space_mean_s: null,
    time_in_space_median_s: null,
    time_in_space_max_s: null,
    flown_count: 1,
    reflown_count: 0,
    reuse_rate: 0,
  },
  // Dragon 2: 4 spacecraft in space 100 d, 150 d, 200 d and 50 d = 500 d = 43,200,000 s;
  // mean 10,800,000; median (100 d + 150 d) / 2 = 125 d = 10,800,000; max 200 d =
  // 17,280,000. Flights 3 + 4 + 5 + 1 = 13; flown 4, reflown 3; reuse 3/4.
  {
    group_id: 3,
    group_name: 'Dragon 2',
    spacecraft_count: 4,
    flights: 13,
    time_in_space_count: 4,
    time_in_space_total_s: 43_200_000,
    time_in_space_mean_s: 10_800_000,
    time_in_space_median_s: 10_800_000,
    time_in_space_max_s: 17_280_000,
    flown_count: 4,
    reflown_count: 3,
    reuse_rate: 0.75,
  },
  // Starliner: 1 spacecraft, in space 12 h = 43,200 s, flights_count null: flights null,
  // flown 0, so reuse_rate is null.
  {
    group_id: 4,
    group_name: 'Starliner',
    spacecraft_count: 1,
    flights: null,
    time_in_space_count: 1,
    time_in_space_total_s: 43_200,
    time_in_space_mean_s: 43_200,
    time_in_space_median_s: 43_200,
    time_in_space_max_s: 43_200,
    flown_count: 0,
    reflown_count: 0,
    reuse_rate: null,
  },
] as const;

/**
 * A `flightsByDecade(flights)` result, rows out of order on purpose: 1970s 30 flights,
 * unknown decade 2, 1960s 12, 2020s 7.
 */
export const decadeTable = [
  { decade: 1970, decade_name: '1970s', flights: 30 },
  { decade: null, decade_name: 'unknown', flights: 2 },
  { decade: 1960, decade_name: '1960s', flights: 12 },
  { decade: 2020, decade_name: '2020s', flights: 7 },
] as const;
