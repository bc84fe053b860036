"""Independent side of the query cross-check: LL2's spacecraft query in pandas.

Usage: /usr/bin/python3 query.py CASES_JSON FILE...   (prints a JSON object: per file name,
a list with, per case, the count and the ids of the page)

Each case is a dict of LL2 query parameters (search, ordering, in_space, is_placeholder,
name, spacecraft_config, status, limit, offset). The records are read by the statistics
cross-check's reader (test/stats/crosscheck/aggregates.py), which shares no code with the
kit.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "stats", "crosscheck"))
from aggregates import read_file  # noqa: E402

ORDERING = {"flights_count": "flights_count", "id": "id",
            "mission_ends_count": "mission_ends_count", "time_docked": "time_docked_s",
            "time_in_space": "time_in_space_s"}
EQUALS = {"in_space": "in_space", "is_placeholder": "is_placeholder", "name": "name",
          "spacecraft_config": "config_id", "status": "status_id"}


def matches(row, terms):
    fields = [f.upper() for f in (row["name"], row["config_name"]) if isinstance(f, str)]
    return all(any(t.upper() in f for f in fields) for t in terms)


def run(sc, case):
    df = sc
    for option, column in EQUALS.items():
        value = case.get(option)
        if value is not None and value != "":
            same = lambda v, value=value: v is not None and type(v) is type(value) and v == value
            df = df[df[column].map(same).astype(bool)]  # a mask even when no rows are left
    terms = [t for t in re.split(r"[\s,]+", case.get("search") or "") if t]
    if terms and not df.empty:  # apply() on no rows gives a frame, not a mask
        df = df[df.apply(lambda row: matches(row, terms), axis=1)]
    keys = [k.strip() for k in (case.get("ordering") or "").split(",") if k.strip()] or ["id"]
    # One stable sort per key, last key first; then ids ascending as the final tie-break.
    df = df.sort_values("id", kind="mergesort")
    for key in reversed(keys):
        desc = key.startswith("-")
        column = ORDERING[key.lstrip("-")]
        df = df.sort_values(column, ascending=not desc, kind="mergesort",
                            na_position="first" if desc else "last")
    limit = min(case.get("limit") or 10, 100)
    offset = case.get("offset") or 0
    page = df.iloc[offset:offset + limit]
    return {"count": len(df), "ids": [int(i) for i in page["id"]]}


if __name__ == "__main__":
    cases = json.loads(sys.argv[1])
    result = {}
    for path in sys.argv[2:]:
        spacecraft, _, _ = read_file(path)
        result[os.path.basename(path)] = [run(spacecraft, case) for case in cases]
    json.dump(result, sys.stdout)
