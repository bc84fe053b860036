"""An independent computation, in Python with only its standard library, of the summaries
that the chart goldens draw from the real LL2 files. It shares no code with the kit: it
reads the raw JSON, parses LL2 durations with its own regular expression, and prints JSON.

Usage: python3 ll2-summaries.py FLIGHTS_FILE ASTRONAUTS_FILE
"""
import json
import re
import sys
from collections import defaultdict

DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
PLANNED = {"Go", "TBD", "TBC", "Hold"}


def seconds(text):
    """Seconds of an LL2 duration such as P1DT2H3M4.5S (days of 86,400 s), or None."""
    if text is None:
        return None
    m = DURATION.match(text)
    days, hours, minutes, secs = (float(g) if g else 0.0 for g in m.groups()[1:])
    total = days * 86400 + hours * 3600 + minutes * 60 + secs
    return -total if m.group(1) else total


def flights_summaries(path):
    flights = json.load(open(path))["results"]
    craft = {f["spacecraft"]["id"]: f["spacecraft"] for f in flights}
    by_agency = defaultdict(lambda: {"count": 0, "total": None})
    for c in craft.values():
        name = c["spacecraft_config"]["agency"]["name"]
        t = seconds(c["time_in_space"])
        row = by_agency[name]
        row["count"] += 1
        if t is not None:
            row["total"] = (row["total"] or 0) + t
    decade_agency = defaultdict(int)
    cumulative = 0.0
    turnarounds = {}
    for f in flights:
        if f["launch"]["status"]["abbrev"] in PLANNED or f["launch"]["net"] is None:
            continue
        year = int(f["launch"]["net"][:4])
        agency = f["spacecraft"]["spacecraft_config"]["agency"]["name"]
        decade_agency[f"{year // 10 * 10}|{agency}"] += 1
    for f in flights:
        if f["duration"] is not None and f["launch"]["net"] is not None:
            cumulative += seconds(f["duration"])
        if f["turn_around_time"] is not None:
            turnarounds[str(f["id"])] = seconds(f["turn_around_time"])
    return {
        "spacecraft_by_agency": by_agency,
        "flights_by_decade_agency": decade_agency,
        "cumulative_duration_s": cumulative,
        "turnarounds_s": turnarounds,
    }


def astronaut_summaries(path):
    by_agency = defaultdict(lambda: {"count": 0, "total": None})
    by_decade = defaultdict(lambda: {"count": 0, "total": None})
    for a in json.load(open(path)):
        t = seconds(a["time_in_space"])
        first = a["first_flight"]
        decade = "unknown" if first is None else f"{int(first[:4]) // 10 * 10}s"
        agency = a["agency"]["name"] if a["agency"] else "unknown agency"
        for row in (by_agency[agency], by_decade[decade]):
            row["count"] += 1
            if t is not None:
                row["total"] = (row["total"] or 0) + t
    return {"astronauts_by_agency": by_agency, "astronauts_by_decade": by_decade}


print(json.dumps({**flights_summaries(sys.argv[1]), **astronaut_summaries(sys.argv[2])}))
