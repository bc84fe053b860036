// The generated columns put into an in-memory DuckDB database as two tables, before any
// clock starts, so that both sides of the comparison start from data already in memory.
import { DuckDBInstance, DuckDBTimestampValue } from '@duckdb/node-api';

const SCHEMAS = {
  spacecraft: {
    id: 'INTEGER',
    is_placeholder: 'BOOLEAN',
    spacecraft_config_id: 'INTEGER',
    spacecraft_config_name: 'VARCHAR',
    spacecraft_config_agency_id: 'INTEGER',
    spacecraft_config_agency_name: 'VARCHAR',
    flights_count: 'INTEGER',
    time_in_space_s: 'DOUBLE',
  },
  flights: {
    id: 'INTEGER',
    spacecraft_id: 'INTEGER',
    launch_net: 'TIMESTAMP',
    launch_status_id: 'INTEGER',
    launch_status_abbrev: 'VARCHAR',
  },
};

const APPEND = {
  INTEGER: (appender, value) => appender.appendInteger(value),
  DOUBLE: (appender, value) => appender.appendDouble(value),
  BOOLEAN: (appender, value) => appender.appendBoolean(value),
  VARCHAR: (appender, value) => appender.appendVarchar(value),
  TIMESTAMP: (appender, value) =>
    appender.appendTimestamp(new DuckDBTimestampValue(BigInt(value.getTime()) * 1000n)),
};

/**
 * A connection to a new in-memory database holding `spacecraft` and `flights` tables with
 * the given columns.
 *
 * @param {{ spacecraft: Record<string, unknown[]>, flights: Record<string, unknown[]> }} data
 */
export async function duckdbTables(data) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const columns = Object.entries(schema);
    const definition = columns.map(([column, type]) => `${column} ${type}`).join(', ');
    await connection.run(`CREATE TABLE ${name} (${definition})`);
    await appendRows(connection, name, columns, data[name]);
  }
  return { instance, connection };
}

async function appendRows(connection, name, columns, values) {
  const appender = await connection.createAppender(name);
  const rows = values[columns[0][0]].length;
  const writers = columns.map(([column, type]) => [values[column], APPEND[type]]);
  for (let i = 0; i < rows; i++) {
    for (const [column, append] of writers) {
      const value = column[i];
      if (value == null) appender.appendNull();
      else append(appender, value);
    }
    appender.endRow();
  }
  appender.closeSync();
}
