#!/usr/bin/python3
"""Computes the expected `segmentlab-cli inspect` figures with pandas (Debian's python3-pandas) for the
fixtures the CLI test reads, and writes them to tests/data/expected/inspect_*.json.

Run: /usr/bin/python3 tests/app/make_expected_inspect.py
Missing cells follow SegmentLab's rule (empty, NA, N/A, null, -, NaN, #N/A, None), the same list given to pandas.
"""
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MISSING = ["", "NA", "N/A", "null", "-", "NaN", "#N/A", "None", "n/a", "na", "NULL", "nan"]


def expected(path, **read_args):
    df = pd.read_csv(path, keep_default_na=False, na_values=MISSING, **read_args)
    columns = []
    for name in df.columns:
        s = df[name]
        entry = {"name": name, "missing": int(s.isna().sum()), "distinct": int(s.nunique(dropna=True))}
        if pd.api.types.is_numeric_dtype(s):
            entry.update(min=float(s.min()), max=float(s.max()), mean=float(s.mean()))
        columns.append(entry)
    return {"rows": int(len(df)), "columns": columns}


def main():
    cases = {
        "inspect_customers.json": os.path.join(ROOT, "resources", "sample", "customers.csv"),
    }
    for out, path in cases.items():
        data = expected(path)
        with open(os.path.join(ROOT, "tests", "data", "expected", out), "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
        print("wrote", out)


if __name__ == "__main__":
    main()
