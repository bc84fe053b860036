// The aggregates on rows already in memory: the kit on Arquero tables against DuckDB on the
// same columns, each aggregate timed on both sides in turn, `runs` times, the order of the
// two sides swapped every run. The results of both sides are compared row by row.
import { readTemplates } from '../generate/templates.js';
import { tableColumns } from '../generate/table-columns.js';
import { AGGREGATE_SQL } from './aggregate-sql.js';
import { duckdbTables } from './duckdb-tables.js';
import { kitModule } from './kit-module.js';
import { sameRows } from '../compare/same-rows.js';

/** @param {{ seed: number, spacecraftCount: number, flightCount: number, runs: number }} args */
export async function prepare(args) {
  const kit = await kitModule();
  const { table } = await import('arquero');
  const plan = { ...args, templates: readTemplates(), configVariants: 5 };
  const columns = tableColumns(plan);
  const tables = { spacecraft: table(columns.spacecraft), flights: table(columns.flights) };
  const duck = await duckdbTables(columns);
  const version = (await duck.connection.runAndReadAll('SELECT version() AS v')).getRowsJS();
  return { ...args, kit, tables, duck, duckdbVersion: String(version[0][0]) };
}

export async function run({ kit, tables, duck, runs, duckdbVersion }) {
  const kitSide = {
    'spacecraft by agency': () => kit.summarizeSpacecraft(tables, { by: 'agency' }).objects(),
    'spacecraft by configuration': () =>
      kit.summarizeSpacecraft(tables, { by: 'spacecraft_config' }).objects(),
    'spacecraft by decade of first flight': () =>
      kit.summarizeSpacecraft(tables, { by: 'decade' }).objects(),
    'flights by decade': () => kit.flightsByDecade(tables.flights).table.objects(),
  };
  const results = {};
  for (const [name, kitRun] of Object.entries(kitSide)) {
    const duckRun = async () =>
      (await duck.connection.runAndReadAll(AGGREGATE_SQL[name])).getRowObjectsJS();
    results[name] = await timeBoth(kitRun, duckRun, runs);
  }
  const threadCount = await threads(duck);
  duck.connection.closeSync();
  duck.instance.closeSync();
  return {
    spacecraftRows: tables.spacecraft.numRows(),
    flightRows: tables.flights.numRows(),
    aggregates: results,
    duckdbVersion,
    duckdbThreads: threadCount,
  };
}

async function timeBoth(kitRun, duckRun, runs) {
  const kitMs = [];
  const duckMs = [];
  let kitRows;
  let duckRows;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['kit', 'duck'] : ['duck', 'kit'];
    for (const side of order) {
      const started = performance.now();
      const rows = side === 'kit' ? kitRun() : await duckRun();
      (side === 'kit' ? kitMs : duckMs).push(performance.now() - started);
      if (side === 'kit') kitRows = rows;
      else duckRows = rows;
    }
  }
  return { kitMs, duckMs, agree: sameRows(kitRows, duckRows), groups: kitRows.length };
}

async function threads(duck) {
  const reader = await duck.connection.runAndReadAll("SELECT current_setting('threads')");
  return Number(reader.getRowsJS()[0][0]);
}
