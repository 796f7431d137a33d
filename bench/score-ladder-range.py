#!/usr/bin/env python3
"""Strict and lax F1 of a ladder against a gold ladder, both Chinese-first, restricted to the beads whose first
Chinese sentence lies in [FROM, TO) (0-based, non-blank lines). Beads with an empty side are left out, as in
`bitext eval-align`. To guard against fitting one part of a small development set, e.g. Art of War chapters I-VII
(Chinese lines 0-159) against VIII-XIII (159-302): bench/score-ladder-range.py GOLD OUT FROM TO"""
import sys


def beads(path, lo, hi):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        zh, en = line.split(":")
        zh = tuple(int(x) for x in zh.strip("[] ").split(",") if x.strip())
        en = tuple(int(x) for x in en.strip("[] ").split(",") if x.strip())
        if zh and en and lo <= zh[0] < hi:
            out.append((zh, en))
    return out


def f1(p, r):
    return 0 if p + r == 0 else 2 * p * r / (p + r)


gold_path, out_path, lo, hi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
gold, out = beads(gold_path, lo, hi), beads(out_path, lo, hi)
gold_set = set(gold)
strict_right = sum(1 for b in out if b in gold_set)
def overlaps(a, b):
    return set(a[0]) & set(b[0]) and set(a[1]) & set(b[1])
lax_out = sum(1 for b in out if any(overlaps(b, g) for g in gold))
lax_gold = sum(1 for g in gold if any(overlaps(b, g) for b in out))
sp, sr = strict_right / len(out), strict_right / len(gold)
lp, lr = lax_out / len(out), lax_gold / len(gold)
print(f"[{lo},{hi}) strict F1 {f1(sp, sr):.4f} ({strict_right}/{len(out)} out, {len(gold)} gold)  "
      f"lax F1 {f1(lp, lr):.4f}")
