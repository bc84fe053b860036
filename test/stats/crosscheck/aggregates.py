"""Independent side of the statistics cross-check: pandas over the raw LL2 JSON.

Usage: /usr/bin/python3 aggregates.py FILE...   (prints one JSON object keyed by file name)

It shares no code with the kit: it finds the records, converts durations with its own
strict arithmetic (pandas' to_timedelta reads "P1M" as a minute, so it is not used), merges
copies by id, and computes every aggregate with pandas. Column names follow the kit's result
tables so that the test can compare them one by one.
"""
import json
import math
import re
import sys

import pandas as pd

# [-]P[nD][T[nH][nM][n[.f]S]]: the form LL2 writes. Years, months and weeks are refused.
DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$")
PLANNED_ABBREVS = {"Go", "TBD", "TBC", "Hold"}
PLANNED_IDS = {1, 2, 5, 8}
UTC_DATE_TIME = re.compile(r"^(\d{4})-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$")


def seconds(text):
    """An LL2 duration as seconds; None stays None; anything unexpected is an error."""
    if text is None:
        return None
    m = DURATION.match(text)
    if not m or text in ("P", "PT") or text.endswith("T"):
        raise ValueError(f"not an LL2 duration: {text!r}")
    sign, d, h, mi, s, frac = m.groups()
    whole = int(d or 0) * 86400 + int(h or 0) * 3600 + int(mi or 0) * 60 + int(s or 0)
    value = whole + (int(frac) / 10 ** len(frac) if frac else 0)
    return -value if sign and value else value


def utc_year(text):
    if text is None:
        return None
    m = UTC_DATE_TIME.match(text)
    if not m:
        raise ValueError(f"not a UTC date-time: {text!r}")
    return int(m.group(1))


def decade(text):
    year = utc_year(text)
    return None if year is None else year // 10 * 10


def planned(status):
    status = status or {}
    if isinstance(status.get("abbrev"), str):
        return status["abbrev"] in PLANNED_ABBREVS
    return status.get("id") in PLANNED_IDS


def records_of(doc):
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and isinstance(doc.get("results"), list):
        return doc["results"]
    return [doc]


def endpoint(url):
    m = re.match(r"^https?://[^/]+/\d+\.\d+\.\d+/(.+?)/[^/?#]+/?(?:[?#].*)?$", url or "")
    return m.group(1) if m else None


def sub(obj, *keys):
    for key in keys:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


def name_of(value):
    return value.get("name") if isinstance(value, dict) else value


def spacecraft_row(r):
    return {
        "id": r["id"], "name": r.get("name"),
        "is_placeholder": r.get("is_placeholder"), "in_space": r.get("in_space"),
        "status_id": sub(r, "status", "id"), "status_name": sub(r, "status", "name"),
        "config_id": sub(r, "spacecraft_config", "id"),
        "config_name": sub(r, "spacecraft_config", "name"),
        "type_id": sub(r, "spacecraft_config", "type", "id"),
        "type_name": sub(r, "spacecraft_config", "type", "name"),
        "agency_id": sub(r, "spacecraft_config", "agency", "id"),
        "agency_name": sub(r, "spacecraft_config", "agency", "name"),
        "flights_count": r.get("flights_count"),
        "mission_ends_count": r.get("mission_ends_count"),
        "time_in_space_s": seconds(r.get("time_in_space")),
        "time_docked_s": seconds(r.get("time_docked")),
    }


def flight_row(r, parent_id):
    launch = r.get("launch") or {}
    return {
        "id": r["id"],
        "spacecraft_id": sub(r, "spacecraft", "id") if parent_id is None else parent_id,
        "duration_s": seconds(r.get("duration")),
        "turn_around_time_s": seconds(r.get("turn_around_time")),
        "planned": planned(launch.get("status")),
        "year": utc_year(launch.get("net")),
    }


def astronaut_row(r):
    agency = r.get("agency") or {}
    return {
        "id": r["id"], "agency_id": agency.get("id"), "agency_name": agency.get("name"),
        "nationality": r.get("nationality"),
        "decade": decade(r.get("first_flight")),
        "time_in_space_s": seconds(r.get("time_in_space")),
        "eva_time_s": seconds(r.get("eva_time")),
    }


def keep(table, row, nested):
    """Copies merge by id: a top-level record beats a nested one, else the last read wins."""
    earlier = table.get(row["id"])
    if earlier is None or earlier[1] or not nested:
        table[row["id"]] = (row, nested)


def read_file(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    craft, flights, astronauts = {}, {}, []
    for r in records_of(doc):
        kind = endpoint(r.get("url"))
        if kind == "spacecraft":
            keep(craft, spacecraft_row(r), False)
            for fl in r.get("flights") or []:
                keep(flights, flight_row(fl, r["id"]), True)
        elif kind in ("spacecraft_flights", "spacecraft/flight"):
            keep(flights, flight_row(r, None), False)
            if isinstance(r.get("spacecraft"), dict):
                keep(craft, spacecraft_row(r["spacecraft"]), True)
        elif kind in ("astronaut", "astronauts"):
            astronauts.append(astronaut_row(r))
    frame = lambda rows: pd.DataFrame([row for row, _ in rows.values()])
    return frame(craft), frame(flights), pd.DataFrame(astronauts)


def clean(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def figures(values, prefix):
    v = values.dropna().astype(float)
    none = v.empty
    return {
        f"{prefix}_count": int(v.count()),
        f"{prefix}_total_s": None if none else float(v.sum()),
        f"{prefix}_mean_s": None if none else float(v.mean()),
        f"{prefix}_median_s": None if none else float(v.median()),
        f"{prefix}_p90_s": None if none else float(v.quantile(0.9, interpolation="linear")),
        f"{prefix}_max_s": None if none else float(v.max()),
    }


def first_launch_decades(fl):
    if fl.empty:
        return {}
    launched = fl[(~fl["planned"]) & fl["year"].notna()]
    first = launched.groupby("spacecraft_id")["year"].min()
    return {int(k): int(y) // 10 * 10 for k, y in first.items()}


def group_keys(sc, fl, by):
    """The group id of every spacecraft row, as a Series; None where unknown."""
    if by == "decade":
        decades = first_launch_decades(fl)
        return sc["id"].map(lambda i: decades.get(int(i)))
    column = {"agency": "agency_id", "spacecraft_config": "config_id",
              "spacecraft_config_type": "type_id", "status": "status_id"}[by]
    return sc[column]


def groups(keys):
    out = {}
    for i, k in enumerate(keys):
        k = None if k is None or (isinstance(k, float) and math.isnan(k)) else int(k)
        out.setdefault(k, []).append(i)
    return out


NAME_COLUMNS = {"agency": ("agency_name", "unknown agency"),
                "spacecraft_config": ("config_name", "unknown configuration"),
                "spacecraft_config_type": ("type_name", "unknown configuration type"),
                "status": ("status_name", "unknown status")}


def group_name(sc, by, key, rows):
    if by == "decade":
        return "unknown" if key is None else f"{key}s"
    column, unknown = NAME_COLUMNS[by]
    return unknown if key is None else sc.iloc[rows[0]][column]


def flights_of(fl, ids):
    if fl.empty:
        return fl
    return fl[fl["spacecraft_id"].isin(ids)]


def total_or_none(values):
    v = values.dropna()
    return None if v.empty else float(v.sum())


def time_row(g):
    both = g[g["time_in_space_s"].notna() & g["time_docked_s"].notna()]
    space = float(both["time_in_space_s"].sum())
    share = None if both.empty or space == 0 else float(both["time_docked_s"].sum()) / space
    return {"spacecraft_count": len(g), **figures(g["time_in_space_s"], "time_in_space"),
            **figures(g["time_docked_s"], "time_docked"),
            "docked_share_count": len(both), "docked_share": share}


def flight_row_stats(g, fl):
    counts = g["flights_count"].dropna().astype(float)
    mine = flights_of(fl, g["id"])
    return {"spacecraft_count": len(g), "flights_count_count": int(counts.count()),
            "flights_total": total_or_none(counts),
            "flights_per_spacecraft_mean": None if counts.empty else float(counts.mean()),
            "flights_per_spacecraft_max": None if counts.empty else float(counts.max()),
            "data_flights_launched": 0 if mine.empty else int((~mine["planned"]).sum()),
            "data_flights_planned": 0 if mine.empty else int(mine["planned"].sum())}


def reuse_row(g, fl):
    counted = g[g["is_placeholder"] != True]  # noqa: E712 (None counts, True does not)
    counts = counted["flights_count"]
    flown = counted[counts.notna() & (counts >= 1)]
    reflown = counted[counts.notna() & (counts >= 2)]
    mine = flights_of(fl, counted["id"])
    turns = (pd.Series(dtype=float) if mine.empty
             else mine[~mine["planned"]]["turn_around_time_s"].dropna().astype(float))
    n = len(flown)
    return {"spacecraft_count": len(g), "flown_count": n, "reflown_count": len(reflown),
            "reuse_rate": None if n == 0 else len(reflown) / n,
            "flights_per_vehicle": None if n == 0 else float(flown["flights_count"].sum()) / n,
            "turnaround_count": int(turns.count()),
            "fastest_turnaround_s": None if turns.empty else float(turns.min()),
            "median_turnaround_s": None if turns.empty else float(turns.median())}


def summary_row(g):
    t = time_row(g)
    r = reuse_row(g, pd.DataFrame())
    return {"spacecraft_count": len(g), "flights": total_or_none(g["flights_count"]),
            **{k: t[k] for k in ("time_in_space_count", "time_in_space_total_s",
                                 "time_in_space_mean_s", "time_in_space_median_s",
                                 "time_in_space_max_s")},
            "flown_count": r["flown_count"], "reflown_count": r["reflown_count"],
            "reuse_rate": r["reuse_rate"]}


def grouped(sc, fl, by, make_row):
    rows = groups(group_keys(sc, fl, by))
    return [{"group_id": key, "group_name": group_name(sc, by, key, idx),
             **{k: clean(v) for k, v in make_row(sc.iloc[idx]).items()}}
            for key, idx in rows.items()]


def consistency(sc, fl, landed_tolerance=1, in_space_tolerance=300):
    found = []
    for _, c in sc.sort_values("id").iterrows():
        mine = flights_of(fl, [c["id"]])
        launched = mine if mine.empty else mine[~mine["planned"]]
        n, count, total = len(launched), clean(c["flights_count"]), clean(c["time_in_space_s"])
        durations = [] if launched.empty else [clean(x) for x in launched["duration_s"]]
        dsum = None if n == 0 or None in durations else float(sum(durations))
        row = lambda check, ll2, data: {
            "spacecraft_id": int(c["id"]), "spacecraft_name": c["name"], "check": check,
            "ll2_value": ll2, "data_value": data,
            "difference": None if data is None else ll2 - data}
        if not mine.empty and count is not None and count != n:
            found.append(row("flights_count", count, n))
        if not mine.empty and total is not None and count == n and dsum is not None:
            tol = in_space_tolerance if c["in_space"] is True else landed_tolerance
            if abs(total - dsum) > tol:
                found.append(row("time_in_space", total, dsum))
        if total == 0 and ((count or 0) >= 1 or n > 0):
            found.append(row("zero_time_in_space", 0, dsum))
    return found


def flights_by_decade(fl):
    if fl.empty:
        return {"rows": [], "planned": 0, "undated": 0}
    launched = fl[~fl["planned"]]
    dated = launched[launched["year"].notna()]
    counts = (dated["year"].astype(int) // 10 * 10).value_counts().sort_index()
    return {"rows": [{"decade": int(k), "decade_name": f"{int(k)}s", "flights": int(v)}
                     for k, v in counts.items()],
            "planned": int(fl["planned"].sum()), "undated": len(launched) - len(dated)}


def astronaut_groups(ast, by):
    if by == "agency":
        keys = ast["agency_id"]
        names = lambda k, g: "unknown agency" if k is None else g.iloc[0]["agency_name"]  # noqa
    elif by == "nationality":
        keys, names = ast["nationality"], lambda k, g: "unknown" if k is None else k
    else:
        keys, names = ast["decade"], lambda k, g: "unknown" if k is None else f"{k}s"
    out = {}
    for i, k in enumerate(keys):
        k = None if k is None or (isinstance(k, float) and math.isnan(k)) else k
        k = int(k) if isinstance(k, float) else k
        out.setdefault(k, []).append(i)
    return [(k, names(k, ast.iloc[idx]), ast.iloc[idx]) for k, idx in out.items()]


def astronaut_time(ast, by):
    return [{"group_id": k, "group_name": name, "astronaut_count": len(g),
             **{key: clean(v) for key, v in {**figures(g["time_in_space_s"], "time_in_space"),
                                             **figures(g["eva_time_s"], "eva_time")}.items()}}
            for k, name, g in astronaut_groups(ast, by)]


SPACECRAFT_BY = ["agency", "spacecraft_config", "spacecraft_config_type", "status", "decade"]


def aggregates(path):
    sc, fl, ast = read_file(path)
    out = {"spacecraft_rows": len(sc), "flight_rows": len(fl), "astronaut_rows": len(ast)}
    if not sc.empty:
        out["time_in_space"] = {by: grouped(sc, fl, by, time_row) for by in SPACECRAFT_BY}
        out["flight_stats"] = {by: grouped(sc, fl, by, lambda g: flight_row_stats(g, fl))
                               for by in SPACECRAFT_BY}
        out["reuse_stats"] = {by: grouped(sc, fl, by, lambda g: reuse_row(g, fl))
                              for by in SPACECRAFT_BY}
        out["summarize"] = {by: grouped(sc, fl, by, summary_row)
                            for by in ("agency", "spacecraft_config", "decade")}
        out["consistency"] = consistency(sc, fl)
        out["flights_by_decade"] = flights_by_decade(fl)
    if not ast.empty:
        out["astronaut_time"] = {by: astronaut_time(ast, by)
                                 for by in ("agency", "nationality", "decade")}
    return out


if __name__ == "__main__":
    result = {path.rsplit("/", 1)[-1]: aggregates(path) for path in sys.argv[1:]}
    json.dump(result, sys.stdout, indent=1, allow_nan=False, default=clean)
