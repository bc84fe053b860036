#!/usr/bin/python3
"""The whole pipeline with pandas, as an analyst would write it, for the benchmark.

Usage: /usr/bin/python3 bench/pandas_pipeline.py FOLDER...

Steps, timed together from the first file read to the last summary (the interpreter's start
and `import pandas` are not counted, as the kit's module import is not):
  1. read every .json page of the folders with the json module;
  2. pd.json_normalize the spacecraft records and the spacecraft_flights records;
  3. pd.to_timedelta the duration columns the kit converts (time_in_space, time_docked,
     fastest_turnaround; a flight's duration and turn_around_time), to seconds;
  4. the decade of each spacecraft's first launched flight (launch status not Go, TBD, TBC
     or Hold), from pd.to_datetime of launch.net;
  5. groupby agency, configuration and decade: count, flights, time in space count, total,
     mean, median and max, flown and reflown (placeholders left out) and the reuse rate.
Prints one JSON line: wall and CPU milliseconds, row counts and the summaries by group name.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

PLANNED = ["Go", "TBD", "TBC", "Hold"]
SPACECRAFT_DURATIONS = ["time_in_space", "time_docked", "fastest_turnaround"]
FLIGHT_DURATIONS = ["duration", "turn_around_time"]


def read_records(folders):
    records = []
    for folder in folders:
        for file in sorted(Path(folder).glob("*.json")):
            with open(file, encoding="utf-8") as handle:
                records += json.load(handle)["results"]
    return records


def to_seconds(frame, columns):
    for column in columns:
        frame[column + "_s"] = pd.to_timedelta(frame[column]).dt.total_seconds()


def first_flight_decades(flights):
    launched = flights[~flights["launch_status_abbrev"].isin(PLANNED)]
    first = launched.groupby("spacecraft_id")["launch_net"].min()
    return (first.dt.year // 10 * 10).astype("Int64")


def summarize(frame, key, name):
    grouped = frame.groupby([key, name], dropna=False)
    out = grouped.agg(
        spacecraft_count=("id", "size"),
        flights=("flights_count", "sum"),
        time_in_space_count=("time_in_space_s", "count"),
        time_in_space_total_s=("time_in_space_s", "sum"),
        time_in_space_mean_s=("time_in_space_s", "mean"),
        time_in_space_median_s=("time_in_space_s", "median"),
        time_in_space_max_s=("time_in_space_s", "max"),
        flown_count=("flown", "sum"),
        reflown_count=("reflown", "sum"),
    )
    out["reuse_rate"] = out["reflown_count"] / out["flown_count"].where(out["flown_count"] > 0)
    return out.reset_index()


def pipeline(folders):
    records = read_records(folders)
    spacecraft = pd.json_normalize([r for r in records if "/spacecraft/" in r["url"]], sep="_")
    flights = pd.json_normalize(
        [r for r in records if "/spacecraft_flights/" in r["url"]], sep="_"
    )
    spacecraft = spacecraft.drop_duplicates("id", keep="last")
    to_seconds(spacecraft, SPACECRAFT_DURATIONS)
    if len(flights):
        to_seconds(flights, FLIGHT_DURATIONS)
        flights["launch_net"] = pd.to_datetime(flights["launch_net"], utc=True)
        decades = first_flight_decades(flights)
    else:
        decades = pd.Series(dtype="Int64")
    spacecraft["decade"] = spacecraft["id"].map(decades).astype("Int64")
    spacecraft["decade_name"] = spacecraft["decade"].map(lambda d: f"{d}s", na_action="ignore")
    placeholder = spacecraft["is_placeholder"].fillna(False).astype(bool)
    spacecraft["flown"] = ~placeholder & (spacecraft["flights_count"] >= 1)
    spacecraft["reflown"] = ~placeholder & (spacecraft["flights_count"] >= 2)
    summaries = {
        "agency": summarize(
            spacecraft, "spacecraft_config_agency_id", "spacecraft_config_agency_name"
        ),
        "spacecraft_config": summarize(spacecraft, "spacecraft_config_id", "spacecraft_config_name"),
        "decade": summarize(spacecraft, "decade", "decade_name"),
    }
    return spacecraft, flights, summaries


def plain(value):
    """A JSON-ready value: numpy numbers to Python numbers, NaN and NA to None."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def main(folders):
    wall = time.perf_counter()
    cpu = time.process_time()
    spacecraft, flights, summaries = pipeline(folders)
    wall_ms = (time.perf_counter() - wall) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    shown = {
        by: [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]
        for by, frame in summaries.items()
    }
    result = {
        "wallMs": wall_ms,
        "cpuMs": cpu_ms,
        "spacecraft": len(spacecraft),
        "flights": len(flights),
        "summaries": shown,
        "versions": {
            "python": sys.version.split()[0],
            "pandas": pd.__version__,
            "numpy": np.__version__,
        },
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
