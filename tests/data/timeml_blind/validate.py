#!/usr/bin/env python3
"""Stand-alone validator for this blind TimeML test set (standard library only).

Checks: well-formed XML; root TimeML with DOCID and TEXT; optional DCT with a
CREATION_TIME TIMEX3 t0; every TIMEX3 has tid/type/value; tids unique per file;
type in DATE/TIME/DURATION/SET; value matches TIMEX3 value syntax and fits the
type; mod is a TimeML 1.2.1 mod; no tags other than TIMEX3 inside TEXT.
Also lists temporal-looking words left outside TIMEX3 (for manual review)
and prints counts per type.

Usage: python3 validate.py [DIR]
"""

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

X = r"[0-9X]"
DATE_RE = re.compile(
    rf"^(?:{X}{{2}}|{X}{{3}}|{X}{{4}})$"  # century, decade, year
    rf"|^{X}{{4}}-(?:{X}{{2}}|W{X}{{2}}|Q[1-4X]|H[12X]|SP|SU|FA|WI)$"  # month, week, quarter, half, season
    rf"|^{X}{{4}}-{X}{{2}}-{X}{{2}}$"  # day
    rf"|^{X}{{4}}-W{X}{{2}}-(?:[1-7X]|WE|WD)$"  # week day / weekend
)
TIME_RE = re.compile(
    rf"^{X}{{4}}-(?:{X}{{2}}-{X}{{2}}|W{X}{{2}}-[1-7X])"
    rf"T(?:MO|AF|EV|NI|DT|{X}{{2}}(?::{X}{{2}}(?::{X}{{2}})?)?)"
    rf"(?:Z|[+-]\d{{2}}(?::?\d{{2}})?)?$"
)
DUR_RE = re.compile(r"^P(?:(?:[0-9X]+(?:\.\d+)?[YMWDQEHCL])+)?(?:T(?:[0-9X]+(?:\.\d+)?[HMS])+)?$")
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
MODS = {
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
}
TEMPORAL_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|recently|currently|week|weeks|weekend|month|months|"
    r"year|years|decade|decades|century|centuries|day|days|hour|hours|minute|minutes|quarter|"
    r"spring|summer|autumn|winter|morning|afternoon|evening|night|annual|annually|daily|weekly|"
    r"monthly|quarterly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"\d{4}s?)\b"
)


def value_ok(typ, v):
    if v in REFS:
        return typ in ("DATE", "TIME")
    if typ == "DATE":
        return bool(DATE_RE.match(v))
    if typ == "TIME":
        return bool(TIME_RE.match(v)) or bool(DATE_RE.match(v))
    if typ == "DURATION":
        return bool(DUR_RE.match(v)) and v != "P"
    if typ == "SET":
        return bool(DUR_RE.match(v)) or bool(DATE_RE.match(v)) or bool(TIME_RE.match(v))
    return False


def check(path, totals, verbose):
    errs = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"XML parse error: {e}"]
    if root.tag != "TimeML":
        errs.append("root is not TimeML")
    if root.find("DOCID") is None:
        errs.append("no DOCID")
    dct = root.find("DCT")
    text = root.find("TEXT")
    if text is None:
        return [*errs, "no TEXT"]
    if dct is not None:
        t0 = dct.find("TIMEX3")
        if t0 is None or t0.get("functionInDocument") != "CREATION_TIME" or t0.get("tid") != "t0":
            errs.append("DCT without CREATION_TIME TIMEX3 t0")
        elif not DATE_RE.match(t0.get("value", "")):
            errs.append("bad DCT value")
    tids = set()
    if dct is not None:
        tids.add("t0")
    per = Counter()
    for el in text.iter():
        if el is text:
            continue
        if el.tag != "TIMEX3":
            errs.append(f"unexpected tag in TEXT: {el.tag}")
            continue
        if len(el):
            errs.append(f"nested tag inside TIMEX3 {el.get('tid')}")
        tid, typ, val = el.get("tid"), el.get("type"), el.get("value")
        if not tid or not typ or val is None:
            errs.append(f"missing tid/type/value: {ET.tostring(el, encoding='unicode')[:80]}")
            continue
        if tid in tids:
            errs.append(f"duplicate tid {tid}")
        tids.add(tid)
        if typ not in ("DATE", "TIME", "DURATION", "SET"):
            errs.append(f"{tid}: bad type {typ}")
        if not value_ok(typ, val):
            errs.append(f"{tid}: value {val!r} does not fit type {typ}")
        mod = el.get("mod")
        if mod is not None and mod not in MODS:
            errs.append(f"{tid}: bad mod {mod}")
        if not (el.text or "").strip():
            errs.append(f"{tid}: empty extent")
        per[typ] += 1
    # temporal-looking words outside TIMEX3 (review aid, not an error)
    outside = [text.text or ""] + [el.tail or "" for el in text.iter() if el is not text]
    hits = sorted({m.group(0) for chunk in outside for m in TEMPORAL_WORDS.finditer(chunk)})
    totals.update(per)
    print(
        f"{path.name:38s} DCT={dct.find('TIMEX3').get('value') if dct is not None else 'none':10s} "
        + " ".join(f"{k}={per[k]}" for k in ("DATE", "TIME", "DURATION", "SET"))
        + f" total={sum(per.values())}"
    )
    if verbose and hits:
        print("    untagged temporal-looking words (review):", ", ".join(hits))
    return errs


def main():
    d = (
        Path(sys.argv[1])
        if len(sys.argv) > 1 and not sys.argv[1].startswith("-")
        else Path(__file__).parent
    )
    verbose = "-v" in sys.argv
    totals = Counter()
    bad = 0
    files = sorted(d.glob("*.tml"))
    for f in files:
        errs = check(f, totals, verbose)
        for e in errs:
            print("  ERROR", e)
        bad += bool(errs)
    print(f"\n{len(files)} files, {bad} with errors")
    print(
        "counts: "
        + " ".join(f"{k}={totals[k]}" for k in ("DATE", "TIME", "DURATION", "SET"))
        + f" total={sum(totals.values())}"
    )
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
