#!/usr/bin/python3
"""Writes tests/data/cli/shoppers.csv: 300 synthetic shoppers in 3 well-separated groups, with column names that
hold spaces, symbols and a comma (as real exports do), a categorical column and a few missing cells.

Run: /usr/bin/python3 tests/app/make_cli_fixture.py
"""
import csv
import os

import numpy as np

rng = np.random.default_rng(11)
rows = []
centres = [(25, 20, 80), (60, 75, 20), (95, 40, 55)]
for g, (inc, score, visits) in enumerate(centres):
    for _ in range(100):
        rows.append([round(rng.normal(inc, 6), 1), int(np.clip(rng.normal(score, 6), 1, 100)),
                     int(max(0, rng.normal(visits, 5))), rng.choice(["Online", "Store"])])
order = rng.permutation(len(rows))
rows = [rows[i] for i in order]
for i in rng.choice(len(rows), 6, replace=False):
    rows[i][0] = ""
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "cli", "shoppers.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Customer ID", "Annual Income (k$)", "Spending Score (1-100)", "Visits, last year", "Channel"])
    for i, r in enumerate(rows):
        w.writerow([f"S{i + 1:04d}"] + r)
print("wrote", os.path.normpath(path))
