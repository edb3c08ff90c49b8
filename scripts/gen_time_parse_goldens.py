"""Writes tests/timeparse/goldens/time_parse.json: date strings and what real Ruby makes of them.

Each case is `[text, Date._parse hash, [Time.parse result per setting]]`, a Time.parse
result being `"%Y-%m-%d %H:%M:%S.%6N %z" zone-name-or-"-" ["utc"]` or `Class: message`.

The inputs are hand-written formats (what Jekyll's docs and real sites use, plus the odd
corners of Ruby's heuristics) and seeded random combinations and mutations of their
pieces. Ruby (`scripts/gen_time_parse_goldens.rb`) records `Date._parse` and
`Time.parse` under two time zones and two "now"s. Needs ruby; run from the repo root:

    python scripts/gen_time_parse_goldens.py
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "timeparse" / "goldens" / "time_parse.json"
ORACLE = ROOT / "scripts" / "gen_time_parse_goldens.rb"

#: (name, TZ, "now" as epoch seconds and microseconds)
SETTINGS = [
    {"name": "utc-winter", "tz": "UTC", "now_epoch": 1704065400, "now_usec": 123456},  # 2023-12-31 23:30 UTC
    {"name": "la-summer", "tz": "America/Los_Angeles", "now_epoch": 1721051130, "now_usec": 250000},
    {"name": "la-newyear", "tz": "America/Los_Angeles", "now_epoch": 1704094200, "now_usec": 0},  # 23:30 PST
    {"name": "berlin", "tz": "Europe/Berlin", "now_epoch": 1711846800, "now_usec": 999999},  # DST day
    # 01:30 NST on 2024-11-03, inside the hour St. John's repeats: fill-ins land in it
    {"name": "st-johns-overlap", "tz": "America/St_Johns", "now_epoch": 1730610000, "now_usec": 7},
]

HAND_WRITTEN = """
2024-01-05
2024-01-05 10:30:15
2024-01-05 10:30:15 +0800
2024-01-05 10:30:15 -08:00
2024-01-05 10:30:15 -0800
2024-01-05 10:30:15 +08
2024-01-05 10:30:15 +8
2024-01-05 10:30:15 +5.5
2024-01-05 10:30:15 +05:30:15
2024-01-05 10:30:15 UTC
2024-01-05 10:30:15 utc
2024-01-05 10:30:15 GMT
2024-01-05 10:30:15 Z
2024-01-05 10:30:15Z
2024-01-05T10:30:15Z
2024-01-05T10:30:15+01:00
2024-01-05T10:30:15.123456789+01:00
2024-01-05T10:30:15,5Z
2024-01-05t10:30:15z
2024-01-05T10:30
2024-01-05 10:30
2024-01-05 10:30:15.
2024-01-05 10:30:15.000
2024-01-05 10:30:15 EST
2024-01-05 10:30:15 EDT
2024-01-05 10:30:15 PST
2024-01-05 10:30:15 PDT
2024-07-05 10:30:15 PST
2024-07-05 10:30:15 PDT
2024-01-05 10:30:15 CET
2024-07-05 10:30:15 CEST
2024-01-05 10:30:15 JST
2024-01-05 10:30:15 IST
2024-01-05 10:30:15 BST
2024-01-05 10:30:15 XYZ
2024-01-05 10:30:15 Pacific Standard Time
2024-01-05 10:30:15 Pacific Daylight Time
2024-01-05 10:30:15 Eastern Standard Time
2024-01-05 10:30:15 Central Europe Standard Time
2024-01-05 10:30:15 W. Europe Standard Time
2024-01-05 10:30:15 Tokyo Standard Time
2024-01-05 10:30:15 standard time
2024-01-05 10:30:15 EST DST
2024-01-05 10:30:15 pst dst
2024-01-05 10:30:15 A
2024-01-05 10:30:15 M
2024-01-05 10:30:15 N
2024-01-05 10:30:15 Y
2024-01-05 10:30:15 J
2024-01-05 10:30:15 GMT+8
2024-01-05 10:30:15 GMT+08:00
2024-01-05 10:30:15 UTC-5
2024-01-05 10:30:15 UT+5
2024-01-05 10:30:15 -00:00
2024-01-05 10:30:15 -0000
2024-01-05 10:30:15 +0000
2024-01-05 +0800
2023-01-29 18:30:22 2023 -0800
2023-01-29 18:30:22 -0800 2023
2023-01-29 18:30:22 +0530
2016-02-29 23:59:60
2015-02-29 10:00
2024-02-30 10:00
2024-04-31
2024-01-32
2024-13-01
2024-00-10
2024-01-00
2024-01-05 24:00:00
2024-01-05 24:00:01
2024-01-05 25:00:00
2024-01-05 25:00:00 -0500
2024-01-05 23:00:00 -0500
2024-01-31 23:00:00 -0500
2024-12-31 23:00:00 -0500
2024-01-01 01:00:00 +0500
2024-03-01 01:00:00 +0500
2024-01-05 10:60:00
2024-01-05 10:59:61
2024-03-10 02:30:00
2024-11-03 01:30:00
2024-03-31 02:30:00
2024-10-27 02:30:00
2024-10-27 02:00:60
2024-10-27 02:30:60
2024-10-27 02:59:60
2024-03-31 01:59:60
2024-11-03 01:00:60
2024-11-03 00:59:60
2024-11-03 01:59:60
2024-03-10 01:59:60
2024-11-03 01:30 NDT
2024-11-03 01:30 NST
2024-11-03 01:30 PST
2024-11-03 01:30 PDT
1:30
1:00:60
12:00:60
10:00 CEST
10:00 CET
10:00 LMT
1800-01-01 10:00 LMT
1800-07-01 10:00 LMT
10:00 NDT
10:00 NST
10:00 IST
24-01-05
99-01-05
69-01-05
68-01-05
0024-01-05
+2024-01-05
-2024-01-05
'24-01-05
2024-1-5
2024-01-05 10:30:15 2024
2024/01/05
2024/1/5 10:00
2024/01/05 10:30:15 +0900
01/05/2024
1/5/2024
05/01/24
1/5
12/31
2024/13/45
2024.01.05
05.01.2024
5.1.24
H31.04.30
R1.05.01
S64.01.07
T15.9.1
M45.7.30
h31.4.30
12.50
12.5
1.5
10.30.45
Jan 5, 2024
January 5, 2024
january 5 2024
Jan 5 2024 10:00 PM
Jan 5 2024 10:00 pm PST
Jan 5th, 2024
January 5th 2024
5 Jan 2024
5 January 2024
5th January 2024
05-Jan-2024
5-jan-24
Jan-05-2024
Jan-05
jan-5-24
Fri, 05 Jan 2024 10:30:15 +0000
Fri, 05 Jan 2024 10:30:15 GMT
Friday, 05-Jan-24 10:30:15 GMT
Fri Jan  5 10:30:15 2024
Fri Jan  5 10:30:15 PST 2024
Fri Jan 5 10:30:15 UTC 2024
Sat Jan 5 2024
Saturday
saturday 10am
Mon
monday, march 4
wed 12:00
Jan
january
March 2024
2024 March
March
Sept 2024
Sept 5
Dec 25
25 Dec
25 dec 99
dec 25 '99
'99
'05
5th
the 5th
31st
22nd at 10
10am
10 am
10a.m.
10 a.m.
10pm
12am
12pm
0am
13pm
10:00am
10:00 AM
10:00:15 pm
10h
10h30
10h30m
10h30m15s
10h 30m 15s
10:30
10:30:15
10:30:15.5
10:30:15,5
00:00
23:59:59
noon
midnight
now
today
tomorrow
yesterday
next monday
2024
20240105
20240105103015
20240105T103015
20240105T103015Z
20240105T103015+0800
240105
2401
24
1
0
1234567
12345
123
2024001
2024-001
2024-366
2023-366
24-060
-060
2024-W01
2024-W01-1
2024W011
2024-w52-7
24-W10-3
W10
-w-3
--01-05
--0105
--01
10:00 [+9]
20240105103015 [+9]
20240105103015 [-5:EST]
20240105103015 [9:JST]
20240105103015 [+5.5]
20240105103015[EST]
20240105103015 z
20240105103015 +0900
20240105103015 -5
10 BC
5 Jan 44 BC
Jan 5 44 B.C.
5 Jan 44 BCE
5 Jan 44 CE
5 Jan 44 AD
5 Jan 44 a.d.
2024-01-05 BC
44 b.c.e.
1 Jan 1
1 Jan 01
1 Jan 0001
1 Jan -5
Jan 1 -44
31 Dec 9999 23:59:59
1 Jan 10000
1 Jan 0
31 Dec 1969 23:59:59 UTC
1 Jan 1970 00:00:00 UTC
1 Jan 1900
14 Jul 1789
2038-01-19 03:14:08 UTC
Thu, 01 Jan 1970 00:00:00 +0000
3rd Feb 2001 04:05:06 PM
Sat Aug 28 02:55:50 +09:00 1999
H11.08.28T02:55:50+09:00
1999-W34-6
1999-240
--0828
-240
990828
19990828
19990828T025550
h11.8.28
Sat, 28 Aug 1999 02:55:50 +0900
28-aug-1999
aug-28-1999
1999/08/28
08/28/1999
8/28
28.08.1999
the date is 2024-01-05 and the time is 10:00
posted on 5 Jan 2024 at 10:00
date: 2024-01-05
2024-01-05 # comment
[2024-01-05]
(2024-01-05)
2024_01_05
2024 01 05
2024—01—05
2024/01/05 10:00:00 +09:00 JST
10:00 +09:00 JST
10:00 JST +09:00
10:00:00 UTC+9
10:00:00 GMT-3:30
10:00:00 +09:30:45
10:00:00 +093045
10:00:00 +0930451
10:00:00 +1
10:00:00 +123
10:00:00 -12345
10:00:00 +99
10:00:00 +9999
10:00:00 +24:00
10:00:00 +25:00
10:00:00 -23:59
10:00 -05:00 2024-01-05
10:00 EST 2024-01-05
10:00 Central Standard Time 2024-01-05
2024-01-05 10:00 Mountain Daylight Time
2024-01-05 10:00 Hawaiian Standard Time
2024-01-05 10:00 Unknown Standard Time
2024-01-05 10:00 mountain
2024-01-05 10:00 MOUNTAIN
2024-01-05 10:00 mid-atlantic
2024-01-05 10:00 e. europe
2024-01-05 10:00 pacific sa
2024-01-05 10:00 sa pacific standard time
2024-01-05 10:00 dateline
2024-01-05 10:00 utc.
2024-01-05 10:00 z.
2024-01-05 10:00:00 zz
Fri Jan 5
Fri 5
Fri 5 10:00
5 10:00
10:00 5
10:00 31
10:00 32
5
05
31
32
0.5
.5
5.
+5
-5
-05
--5
2024-01-05 -05
Jan 2024 5
5 2024 Jan
2024 5 Jan
Jan5
5Jan
5Jan2024
Jan52024
2024Jan5
JAN 5 2024
jAn 5 2024
é 2024-01-05
2024-01-05 éé 10:00
Ⅻ 2024-01-05
٣ 2024-01-05
2024-01-05 10:00 ÉST
2024-01-05　10:00
mardi 5 janvier 2024
5 de enero de 2024
1er janvier 2024
2024年1月5日
2024年01月05日 10時30分
令和6年1月5日
"""

#: pieces for random combinations
DATES = [
    "2024-01-05", "2023-12-31", "1999-08-28", "2024-02-29", "24-01-05", "2024/01/05", "01/05/2024",
    "05/01/24", "2024.01.05", "05.01.2024", "H31.04.30", "Jan 5, 2024", "January 5 2024", "5 Jan 2024",
    "5th January 2024", "05-Jan-2024", "Jan-05-2024", "2024-W01-1", "2024-001", "20240105", "240105",
    "Dec 25", "25 Dec", "March", "'99", "5th", "1/5", "2024", "--0105", "1999-240", "12/31/1999",
]
TIMES = [
    "10:30", "10:30:15", "10:30:15.5", "10:30:15,123456", "23:59:59", "00:00", "10am", "10 pm", "10:00 AM",
    "10h30", "10h30m15s", "12.50", "103015", "T10:30:15", "t1030", "24:00", "10:00:60", "12:00 a.m.",
]
ZONES = [
    "+0800", "-08:00", "Z", "UTC", "GMT", "EST", "PDT", "CET", "JST", "+5.5", "+8", "GMT+8", "UTC-05:00",
    "Pacific Standard Time", "Eastern Daylight Time", "EST DST", "A", "X", "XYZ", "[+9]", "[-5:EST]",
    "-00:00", "+24:00", "-0330", "Tokyo Standard Time", "unknown",
]
EXTRAS = [
    "Fri", "Friday,", "sat", "BC", "AD", "the", "at", "on", "of", "2024", "5", "31", "'24", "noon", "foo",
    "@", ",", "-", "/", ".", "T", "pm", "am",
]
JOINERS = [" ", " ", " ", ", ", "T", "", "  ", "\t", " @ ", "/", "-", "."]
MUTATION_ALPHABET = "0123456789 -+/:.,'TZtzapmAPMjanfebmarsepdecMonSunhwsbcdrWyx[]é"


def _combination(rng: random.Random) -> str:
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(EXTRAS))
    if rng.random() < 0.85:
        parts.append(rng.choice(DATES))
    if rng.random() < 0.7:
        parts.append(rng.choice(TIMES))
        if rng.random() < 0.6:
            parts.append(rng.choice(ZONES))
    if rng.random() < 0.25:
        parts.append(rng.choice(EXTRAS))
    if rng.random() < 0.2:
        rng.shuffle(parts)
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text += rng.choice(JOINERS) + part
    return text


def _mutation(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        position = rng.randint(0, len(chars))
        if roll < 0.35 and chars:
            del chars[min(position, len(chars) - 1)]
        elif roll < 0.7:
            chars.insert(position, rng.choice(MUTATION_ALPHABET))
        elif chars:
            chars[min(position, len(chars) - 1)] = rng.choice(MUTATION_ALPHABET)
    return "".join(chars)


def inputs() -> list[str]:
    """Every text in the corpus, hand-written first, without duplicates."""
    rng = random.Random(20240105)
    texts = [line for line in HAND_WRITTEN.strip("\n").split("\n")]
    texts += ["", " ", "  2024-01-05  ", "2024-01-05\n", "\t10:00\t", "x" * 129, "2024-01-05 " + " " * 117,
              "2024-01-05 " + " " * 118, "é" * 64 + "1", "é" * 65]
    hand = list(texts)
    for _ in range(1800):
        texts.append(_combination(rng))
    for _ in range(1700):
        texts.append(_mutation(rng, rng.choice(hand + texts[len(hand):])))
    seen: set[str] = set()
    unique = []
    for text in texts:
        if text not in seen:
            seen.add(text)
            unique.append(text)
    return unique


def _compact(result: dict) -> str:
    """One Time.parse result as `time zone [utc]`, `-` for no zone name, or `Class: message`."""
    if "error" in result:
        return "{}: {}".format(*result["error"])
    return f"{result['time']} {result['zone'] or '-'}" + (" utc" if result["utc"] else "")


def main() -> int:
    texts = inputs()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"texts": texts, "settings": SETTINGS}, handle)
        path = handle.name
    try:
        result = subprocess.run(["ruby", str(ORACLE), path], check=True, capture_output=True, text=True)
    finally:
        Path(path).unlink()
    data = json.loads(result.stdout)
    names = [setting["name"] for setting in SETTINGS]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8") as handle:
        handle.write("{" + f'"ruby": "{data["ruby"]}", "date": "{data["date"]}",\n')
        handle.write(f'"settings": {json.dumps(SETTINGS)},\n"cases": [\n')
        rows = [json.dumps([case["text"], case["date_parse"], [_compact(case["time_parse"][name]) for name in names]],
                           ensure_ascii=False) for case in data["cases"]]
        handle.write(",\n".join(rows))
        handle.write("\n]}\n")
    print(f"{len(texts)} texts -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
