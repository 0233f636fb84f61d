#!/usr/bin/env python3
"""How often Quote.Source gives the source's words as the gold does.

usage: python3 eng/source-words.py GOLD.jsonl SYSTEM.jsonl
SYSTEM is what `newsroom eval GOLD --out SYSTEM` writes (each quote's "source"). Only a gold whose "speaker" is the
source as written (PolNeAR: "the Florida senator", "Trump campaign manager Kellyanne Conway") is meaningful here.
For every gold quote with a source that a system quote covers (the system quote overlapping it most), prints how many
system sources equal the gold's words (case and outer commas aside) and how many contain or are contained in them.
"""
import json, re, sys


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line:
            d = json.loads(line)
            out[d["id"]] = d
    return out


def norm(s):
    return re.sub(r"\s+", " ", (s or "").strip().strip(",")).lower()


def main():
    gold, system = load(sys.argv[1]), load(sys.argv[2])
    total = given = exact = overlap = 0
    for gid, g in gold.items():
        quotes = [q for q in system.get(gid, {}).get("quotes", []) if (q.get("kind") or "") != "indirect"]
        for q in g["quotes"]:
            if not q.get("speaker"):
                continue
            best, best_n = None, 0
            for s in quotes:
                n = min(q["end"], s["end"]) - max(q["start"], s["start"])
                if n > best_n:
                    best, best_n = s, n
            if best is None:
                continue
            total += 1
            s, gs = norm(best.get("source")), norm(q["speaker"])
            if s:
                given += 1
            if s and s == gs:
                exact += 1
            elif s and (s in gs or gs in s):
                overlap += 1
    pct = lambda n: f"{100.0 * n / max(1, total):.1f}%"
    print(f"gold quotes with a source, found: {total}; with a system source: {given} ({pct(given)}); "
          f"the same words: {exact} ({pct(exact)}); one within the other: {overlap} ({pct(overlap)})")


if __name__ == "__main__":
    main()
