// flightsByDecadeAndAgency() and flightTurnarounds() on hand-made flights and spacecraft.
import { table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { flightTurnarounds } from '../../src/stats/flight-turnarounds.js';
import { flightsByDecadeAndAgency } from '../../src/stats/flights-by-decade-and-agency.js';

const spacecraft = () =>
  table({
    id: [1, 2],
    name: ['Endeavour', 'Vostok 1'],
    spacecraft_config_name: ['Crew Dragon 2', 'Vostok 3KA'],
    spacecraft_config_agency_id: [121, 63],
    spacecraft_config_agency_name: ['SpaceX', 'ROSCOSMOS'],
  });

// Five flights: three launched (two SpaceX in the 2020s, one ROSCOSMOS in the 1960s), one
// still planned (TBD), one of a spacecraft the table does not have.
const flights = () =>
  table({
    id: [10, 11, 12, 13, 14],
    spacecraft_id: [1, 1, 2, 1, 9],
    launch_net: [
      new Date('2020-05-30T19:22:45Z'),
      new Date('2025-08-01T15:43:42Z'),
      new Date('1961-04-12T06:07:00Z'),
      new Date('2026-12-31T00:00:00Z'),
      new Date('2021-01-01T00:00:00Z'),
    ],
    launch_status_abbrev: ['Success', 'Success', 'Success', 'TBD', 'Success'],
    launch_status_id: [3, 3, 3, 2, 3],
    turn_around_time_s: [null, 86_400, null, null, 3_600],
  });

describe('flightsByDecadeAndAgency', () => {
  test('flightsByDecadeAndAgency(tables) counts launched flights by decade and agency', () => {
    const result = flightsByDecadeAndAgency({ flights: flights(), spacecraft: spacecraft() });
    expect(result.table.objects()).toEqual([
      { decade: 1960, decade_name: '1960s', agency_id: 63, agency_name: 'ROSCOSMOS', flights: 1 },
      { decade: 2020, decade_name: '2020s', agency_id: 121, agency_name: 'SpaceX', flights: 2 },
      {
        decade: 2020,
        decade_name: '2020s',
        agency_id: null,
        agency_name: 'unknown agency',
        flights: 1,
      },
    ]);
    expect([result.planned, result.undated]).toEqual([1, 0]);
  });
});

describe('flightTurnarounds', () => {
  test('flightTurnarounds(tables) names each flight spacecraft and keeps null turnarounds', () => {
    const rows = flightTurnarounds({
      flights: flights(),
      spacecraft: spacecraft(),
    }).objects() as Record<string, unknown>[];
    expect(rows.map((row) => [row.flight_id, row.spacecraft_name, row.turn_around_time_s])).toEqual(
      [
        [10, 'Endeavour', null],
        [11, 'Endeavour', 86_400],
        [12, 'Vostok 1', null],
        [13, 'Endeavour', null],
        [14, null, 3_600],
      ],
    );
  });
});

test('flightTurnarounds(tables) marks planned launches and keeps their LL2 turnaround', () => {
  // Flight 574 of the real file: Starliner 2, TBD on a placeholder date, with LL2's
  // turnaround of P1680DT1H11M = 1680 * 86400 + 3600 + 660 = 145156260 s.
  const rows = flightTurnarounds({
    spacecraft: table({ id: [290], name: ['Starliner 2'], spacecraft_config_name: ['CST-100'] }),
    flights: table({
      id: [574, 575],
      spacecraft_id: [290, 290],
      launch_net: [new Date('2026-12-31T00:00:00Z'), new Date('2024-06-05T14:52:15Z')],
      launch_status_abbrev: ['TBD', 'Success'],
      launch_status_id: [2, 3],
      turn_around_time_s: [145_156_260, null],
    }),
  }).objects() as Record<string, unknown>[];
  expect(rows.map((r) => [r.flight_id, r.launch_planned, r.turn_around_time_s])).toEqual([
    [574, true, 145_156_260],
    [575, false, null],
  ]);
});
