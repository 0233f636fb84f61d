#!/usr/bin/env python3
"""How far a cue lexicon can take indirect-quote recall on an annotated corpus (PolNeAR layout).

    python3 eng/indirect-ceiling.py [GOLD.jsonl]      # default: ../shared/corpus/polnear-dev.jsonl

A gold attribution without quotation marks counts as reachable when at least half of its content lies inside the
contents of gold attributions whose cue holds a word of the lexicons the extractor reads
(src/Newsroom.Generator/Extraction/Lexicon/speech-verbs.txt, stance-verbs.txt, and "according to"): the recall that
a perfect extractor limited to those cues would get, with score.py's coverage rule. Everything else has a cue the
lexicons do not hold (shows, wants, declined, seemed, a colon, "in polls", ...). Reads the corpus, prints numbers only.
"""
import json
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus", "polnear-dev.jsonl")
lexicon = os.path.join(root, "src", "Newsroom.Generator", "Extraction", "Lexicon")


def words_of(path, sections):
    """Every form on the lines of the given sections ('verbs' before any '# phrases'/'# nouns' marker)."""
    out, section = set(), "verbs"
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("#"):
            marker = line[1:].strip().lower()
            if marker in ("phrases", "nouns", "positions"):
                section = marker
            continue
        if line and section in sections:
            out.update(w.replace("_", " ") for w in line.split())
    return out


speech = words_of(os.path.join(lexicon, "speech-verbs.txt"), {"verbs"})
stance = words_of(os.path.join(lexicon, "stance-verbs.txt"), {"verbs", "positions"})


def covered(spans, mask):
    size = sum(e - s for s, e in spans)
    return size > 0 and sum(sum(mask[s:e]) for s, e in spans) >= 0.5 * size


total = reach_speech = reach_all = 0
for line in open(gold, encoding="utf-8"):
    article = json.loads(line)
    n = len(article["text"])
    mask_speech, mask_all = bytearray(n), bytearray(n)
    for a in article["attributions"]:
        cue = (a.get("cue") or "").lower().split()
        in_speech = any(w in speech for w in cue) or "according" in cue
        in_stance = any(w in stance for w in cue)
        for s, e in a["spans"]:
            for i in range(s, min(e, n)):
                if in_speech:
                    mask_speech[i] = 1
                if in_speech or in_stance:
                    mask_all[i] = 1
    for a in article["attributions"]:
        if a["marked"]:
            continue
        total += 1
        reach_speech += covered(a["spans"], mask_speech)
        reach_all += covered(a["spans"], mask_all)

print(f"unmarked attributions: {total}")
print(f"reachable with the reporting verbs and 'according to': {reach_speech} ({reach_speech / total:.3f})")
print(f"reachable with the stance and position verbs too:      {reach_all} ({reach_all / total:.3f})")
