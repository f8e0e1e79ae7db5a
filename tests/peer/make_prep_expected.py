#!/usr/bin/python3
"""Expected outputs of SegmentLab's preparation pipeline, computed with scikit-learn's own transformers
(SimpleImputer, StandardScaler, MinMaxScaler, RobustScaler) and numpy (log1p, percentiles), written to
tests/data/peer/prep_cases.json together with the input columns.

Run: /usr/bin/python3 tests/peer/make_prep_expected.py   (Debian's python3-sklearn, python3-numpy)
"""
import json
import os

import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer", "prep_cases.json")


def make_columns(rng, n=240):
    income = np.round(np.exp(rng.normal(10.8, 0.6, n)), 0)
    income[rng.random(n) < 0.08] = np.nan
    age = np.round(rng.normal(42, 12, n), 0)
    age[rng.random(n) < 0.05] = np.nan
    visits = rng.poisson(6, n).astype(float)
    spend = np.round(np.exp(rng.normal(4, 1.2, n)), 2)
    # Distinct level counts so "most frequent first" has no ties to break.
    levels = ["North", "South", "East", "West", "Central", "Islands"]
    p = np.array([0.34, 0.24, 0.17, 0.12, 0.08, 0.05])
    region = rng.choice(levels, size=n, p=p).astype(object)
    region[rng.random(n) < 0.03] = None
    return {"income": income, "age": age, "visits": visits, "spend": spend, "region": region}


def scaler(name):
    return {"zscore": StandardScaler(), "minmax": MinMaxScaler(), "robust": RobustScaler(), "none": None}[name]


def numeric_block(col, missing, scaling, log1p=False, winsor=(0.0, 0.0), keep=None):
    x = col.copy()
    if log1p:
        x = np.log1p(x)
    present = x[~np.isnan(x)]
    lo, hi = winsor
    if lo > 0:
        x = np.where(np.isnan(x), x, np.maximum(x, np.percentile(present, lo)))
    if hi > 0:
        x = np.where(np.isnan(x), x, np.minimum(x, np.percentile(present, 100 - hi)))
    if keep is not None:
        x = x[keep]
    x = x.reshape(-1, 1)
    if missing != "drop" and np.isnan(x).any():
        strategy = {"mean": "mean", "median": "median", "most-frequent": "most_frequent"}[missing]
        x = SimpleImputer(strategy=strategy).fit_transform(x)
    s = scaler(scaling)
    return (s.fit_transform(x) if s is not None else x)[:, 0]


def onehot_block(col, max_levels, keep):
    values = col[keep]
    present = [v for v in values if v is not None]
    counts = {}
    for v in present:
        counts[v] = counts.get(v, 0) + 1
    order = sorted(counts, key=lambda v: -counts[v])
    most = order[0]
    values = [most if v is None else v for v in values]
    other = len(order) > max_levels
    kept = order[: max_levels - 1] if other else order
    names = kept + (["Other"] if other else [])
    block = np.zeros((len(values), len(names)))
    for i, v in enumerate(values):
        block[i, kept.index(v) if v in kept else len(names) - 1] = 1.0
    return block, names


def main():
    rng = np.random.default_rng(7)
    cols = make_columns(rng)
    n = len(cols["income"])
    cases = []
    specs = [
        dict(name="zscore-median", features=["income", "age", "visits"], missing="median", scaling="zscore"),
        dict(name="minmax-mean", features=["income", "age", "visits"], missing="mean", scaling="minmax"),
        dict(name="robust-mostfrequent", features=["income", "age", "visits"], missing="most-frequent",
             scaling="robust"),
        dict(name="drop-zscore", features=["income", "age", "spend"], missing="drop", scaling="zscore"),
        dict(name="log-winsor", features=["income", "spend", "visits"], missing="median", scaling="zscore",
             log1p=["income", "spend"], winsor=[5.0, 2.5]),
        dict(name="onehot-capped", features=["age", "region"], missing="median", scaling="zscore", max_levels=4),
        dict(name="onehot-weighted", features=["visits", "region"], missing="drop", scaling="none", max_levels=10,
             weights={"region": 0.5, "visits": 2.0}),
    ]
    for spec in specs:
        keep = np.ones(n, dtype=bool)
        if spec["missing"] == "drop":
            for f in spec["features"]:
                c = cols[f]
                keep &= np.array([v is not None for v in c]) if c.dtype == object else ~np.isnan(c)
        blocks, names = [], []
        for f in spec["features"]:
            w = spec.get("weights", {}).get(f, 1.0)
            if cols[f].dtype == object:
                b, levels = onehot_block(cols[f], spec.get("max_levels", 20), keep)
                blocks.append(b * w)
                names += [f"{f}={lv}" for lv in levels]
            else:
                b = numeric_block(cols[f], spec["missing"], spec["scaling"], f in spec.get("log1p", []),
                                  tuple(spec.get("winsor", (0.0, 0.0))), keep)
                blocks.append(b.reshape(-1, 1) * w)
                names.append(f)
        X = np.hstack(blocks)
        cases.append({**spec, "rows": [int(i) for i in np.nonzero(keep)[0]], "names": names,
                      "expected": X.tolist()})
    data = {
        "columns": {k: [None if (v is None or (isinstance(v, float) and np.isnan(v))) else
                        (float(v) if k != "region" else v) for v in c] for k, c in cols.items()},
        "cases": cases,
    }
    with open(OUT, "w") as f:
        json.dump(data, f)
    print("wrote", os.path.normpath(OUT), len(cases), "cases")


if __name__ == "__main__":
    main()
