#!/usr/bin/python3
"""Expected segment profiles for tests/core/tst_segmentprofile.cpp, computed with pandas, numpy and SciPy
(Debian python3-pandas, python3-scipy, python3-sklearn).

Writes
  tests/data/csv/profile_customers.csv   a 600-row customer table: an id, numeric columns with missing values,
                                         a constant column, one column missing in a whole segment, categorical
                                         columns (one level seen only in an outlier row), a date and free text;
  tests/data/peer/profile_customers.json the labels (scikit-learn KMeans(n_clusters=4, random_state=0) on four
                                         standardised columns; rows missing one of them -2, twelve rows -1) and
                                         every number of the profile: means, medians, population sds,
                                         standardised differences, indices, scipy.stats.f_oneway, eta^2,
                                         scipy.stats.chi2_contingency(correction=False), Cramér's V, shares and
                                         the per-segment distinguishing scores;
  tests/data/peer/profile_distributions.json scipy.stats.f.sf and chi2.sf on a grid reaching p ~ 1e-300.
NaN (undefined) is written as null.

  /usr/bin/python3 tests/peer/make_profile_expected.py
"""
import json
import math
import os

import numpy as np
import pandas as pd
import scipy
import scipy.stats as st
import sklearn
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
FEATURES = ["age", "annual_income", "orders_per_year", "total_spend"]
NUMERIC = ["age", "annual_income", "orders_per_year", "total_spend", "email_open_rate", "survey_score",
           "store_count"]
CATEGORICAL = ["gender", "region", "loyalty_member", "preferred_channel"]
K = 4


def num(x):
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def make_table():
    rng = np.random.default_rng(20261123)
    n = 600
    kind = rng.choice(4, size=n, p=[0.35, 0.3, 0.2, 0.15])
    age = np.round(np.choose(kind, [rng.normal(28, 4, n), rng.normal(45, 6, n), rng.normal(62, 5, n),
                                    rng.normal(38, 10, n)]))
    income = np.round(np.choose(kind, [rng.normal(32000, 6000, n), rng.normal(68000, 9000, n),
                                       rng.normal(41000, 7000, n), rng.normal(120000, 20000, n)]), -2)
    orders = np.maximum(0, np.round(np.choose(kind, [rng.normal(14, 3, n), rng.normal(6, 2, n),
                                                    rng.normal(3, 1, n), rng.normal(9, 3, n)])))
    spend = np.round(orders * np.choose(kind, [rng.normal(25, 5, n), rng.normal(60, 10, n),
                                               rng.normal(40, 8, n), rng.normal(150, 30, n)]), 2)
    spend = np.abs(spend)
    open_rate = np.round(np.clip(rng.normal(0.3, 0.1, n) + 0.05 * kind, 0, 1), 3)
    survey = rng.integers(1, 11, n).astype(float)
    age[rng.choice(n, 15, replace=False)] = np.nan
    spend[rng.choice(n, 10, replace=False)] = np.nan
    open_rate[rng.choice(n, 20, replace=False)] = np.nan
    region_p = [[0.6, 0.2, 0.1, 0.1], [0.25, 0.25, 0.25, 0.25], [0.1, 0.5, 0.3, 0.1], [0.2, 0.1, 0.1, 0.6]]
    region = np.array([rng.choice(["North", "South", "East", "West"], p=region_p[c]) for c in kind], dtype=object)
    region[rng.choice(n, 25, replace=False)] = ""
    gender = rng.choice(["F", "M"], size=n).astype(object)
    loyalty = np.where(rng.random(n) < 0.3 + 0.15 * kind, "Yes", "No").astype(object)
    channel = np.array([rng.choice(["Online", "Store", "Phone"], p=[0.5 - 0.1 * c, 0.3 + 0.05 * c, 0.2 + 0.05 * c])
                        for c in kind], dtype=object)
    days = rng.integers(0, 2000, n)
    signup = [str(np.datetime64("2019-01-01") + int(d)) for d in days]
    df = pd.DataFrame({
        "customer_id": [f"P{i + 1:04d}" for i in range(n)],
        "age": age, "gender": gender, "region": region, "annual_income": income, "orders_per_year": orders,
        "total_spend": spend, "email_open_rate": open_rate, "survey_score": survey, "store_count": 1.0,
        "signup_date": signup, "loyalty_member": loyalty, "preferred_channel": channel,
        "note": [f"note {i} {w}" for i, w in enumerate(rng.choice(["call", "mail", "visit"], size=n))],
    })
    # Labels: k-means on the complete rows of the four features; the rest are left out (-2), and twelve
    # segmented rows become outliers (-1).
    complete = df[FEATURES].notna().all(axis=1).to_numpy()
    X = df.loc[complete, FEATURES].to_numpy()
    X = (X - X.mean(0)) / X.std(0)
    labels = np.full(n, -2)
    labels[complete] = KMeans(n_clusters=K, random_state=0, n_init=10).fit(X).labels_
    outliers = rng.choice(np.flatnonzero(complete), 12, replace=False)
    labels[outliers] = -1
    df.loc[outliers[0], "preferred_channel"] = "Fax"  # a level outside every segment
    df.loc[labels == 3, "survey_score"] = np.nan  # a column without values in one segment
    return df, labels


def write_csv(df, path):
    out = df.copy()
    for c in ["age", "annual_income", "orders_per_year", "survey_score", "store_count"]:
        out[c] = out[c].map(lambda v: "" if pd.isna(v) else str(int(v)))
    out["total_spend"] = out["total_spend"].map(lambda v: "" if pd.isna(v) else f"{v:.2f}")
    out["email_open_rate"] = out["email_open_rate"].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    out.to_csv(path, index=False, lineterminator="\n")


def numeric_profile(values, labels):
    seg = labels >= 0
    v = values[seg]
    lab = labels[seg]
    present = ~np.isnan(v)
    allv = v[present]
    mean = float(np.mean(allv))
    sd = float(np.std(allv))
    out = {"overall": {"count": int(present.sum()), "missing": int((~present).sum()), "mean": mean,
                       "median": float(np.median(allv)), "sd": sd, "index": num(100.0 if mean != 0 else np.nan)},
           "segments": []}
    groups = []
    for s in range(K):
        g = v[(lab == s) & present]
        miss = int(((lab == s) & ~present).sum())
        if len(g) == 0:
            out["segments"].append({"count": 0, "missing": miss, "mean": None, "median": None, "sd": None,
                                    "difference": None, "index": None})
            continue
        groups.append(g)
        m = float(np.mean(g))
        out["segments"].append({
            "count": len(g), "missing": miss, "mean": m, "median": float(np.median(g)), "sd": float(np.std(g)),
            "difference": (m - mean) / sd if sd > 0 else 0.0, "index": num(100.0 * m / mean if mean != 0 else np.nan)})
    ss_total = float(np.sum((allv - mean) ** 2))
    ss_between = float(sum(len(g) * (np.mean(g) - mean) ** 2 for g in groups))
    constant = np.min(allv) == np.max(allv)
    if constant or len(groups) < 2:
        f, p = None, None
    else:
        r = st.f_oneway(*groups)
        f, p = float(r.statistic), float(r.pvalue)
    out.update({"f": f, "p": p, "eta_squared": ss_between / ss_total if ss_total > 0 else 0.0,
                "df_between": len(groups) - 1, "df_within": int(len(allv) - len(groups))})
    return out


def categorical_profile(column, labels):
    first = {}
    for i, v in enumerate(column):
        if isinstance(v, str) and v not in first:
            first[v] = i
    seg = labels >= 0
    counts = {v: int(((column == v) & seg).sum()) for v in first}
    levels = sorted([v for v in first if counts[v] > 0], key=lambda v: (-counts[v], first[v]))
    present = np.array([isinstance(v, str) for v in column])
    table = np.array([[int(((labels == s) & (column == v)).sum()) for v in levels] for s in range(K)])

    def lc(row, missing):
        tot = int(row.sum())
        return {"present": tot, "missing": missing, "counts": row.tolist(),
                "shares": (row / tot).tolist() if tot else [0.0] * len(row)}

    overall_row = table.sum(0)
    out = {"levels": levels, "overall": lc(overall_row, int((seg & ~present).sum())),
           "segments": [lc(table[s], int(((labels == s) & ~present).sum())) for s in range(K)]}
    t = table[table.sum(1) > 0]
    t = t[:, t.sum(0) > 0]
    chi2, p, dof, _ = st.chi2_contingency(t, correction=False)
    n = t.sum()
    out.update({"chi_squared": float(chi2), "p": float(p), "df": int(dof),
                "cramers_v": math.sqrt(chi2 / (n * (min(t.shape) - 1)))})
    return out


def scores(profile, kind):
    """Per segment: the signed standardised difference behind the distinguishing score."""
    out = []
    for s in range(K):
        if kind == "numeric":
            out.append(profile["segments"][s]["difference"])
            continue
        ps = np.array(profile["overall"]["shares"])
        ss = np.array(profile["segments"][s]["shares"])
        if profile["segments"][s]["present"] == 0:
            out.append(None)
            continue
        var = ps * (1 - ps)
        r = np.where(var > 0, (ss - ps) / np.sqrt(np.where(var > 0, var, 1)), 0.0)
        out.append(float(r[np.argmax(np.abs(r))]))
    return out


def f_sf_one_df(f, d2):
    """P(F > f) for F(1, d2), d2 even, exactly as a finite sum: 1 - I_x(d2/2, 1/2) = I_y(1/2, n) with n = d2/2,
    I_y(1/2, n) = sqrt(y) sum_{m<n} c_m (1-y)^m, c_m = Gamma(m+1/2) / (sqrt(pi) m!) (DLMF 8.17.21).
    SciPy's cephes loses ~1e-9 here for large d2 and small f."""
    n = int(d2) // 2
    y = f / (d2 + f)
    lq = math.log1p(-y)
    c, terms = 1.0, []
    for m in range(n):
        if m:
            c *= (m - 0.5) / m
        t = c * math.exp(m * lq)
        terms.append(t)
        if t < 1e-20 * terms[0]:
            break
    return 1.0 - math.sqrt(y) * math.fsum(terms)


def distributions():
    f_rows = []
    worst = 0.0
    for d1 in [1, 2, 3, 5, 10, 30, 100]:
        for d2 in [1, 2, 5, 10, 50, 200, 1000, 1e4, 1e5, 1e6]:
            for f in [1e-4, 0.01, 0.1, 0.5, 0.9, 1, 1.1, 2, 5, 10, 50, 100, 1e3, 1e4, 1e6]:
                p = float(st.f.sf(f, d1, d2))
                if d1 == 1 and d2 >= 1e4 and p > 0.5:
                    exact = f_sf_one_df(f, d2)
                    worst = max(worst, abs(p - exact) / exact)
                    p = exact
                f_rows.append([d1, d2, f, p])
    print(f"F(1, d2 >= 1e4) upper half: SciPy differs from the exact sum by up to {worst:.3g} (exact sum kept)")
    # Far tails near the smallest normal double.
    for d1, d2, f in [(3, 596, 400.0), (3, 596, 500.0), (10, 1000, 180.0), (2, 100000, 690.0), (1, 50, 1e8)]:
        f_rows.append([d1, d2, f, float(st.f.sf(f, d1, d2))])
    c_rows = []
    for df in [1, 2, 3, 4, 5, 9, 10, 20, 50, 100, 500, 1000, 1e4, 1e5, 1e6]:
        for m in [1e-6, 0.01, 0.1, 0.5, 0.9, 1, 1.1, 1.5, 2, 5, 10]:
            c_rows.append([df, m * df, float(st.chi2.sf(m * df, df))])
        for x in [1e-3, 0.1, 1, 10, 100, 1000]:
            c_rows.append([df, x, float(st.chi2.sf(x, df))])
    for df, x in [(1, 1350.0), (3, 1370.0), (9, 1400.0), (6, 1300.0)]:
        c_rows.append([df, x, float(st.chi2.sf(x, df))])
    return {"generator": f"tests/peer/make_profile_expected.py, SciPy {scipy.__version__}",
            "f_sf": f_rows, "chi2_sf": c_rows}


def main():
    df, labels = make_table()
    csv_path = os.path.join(DATA, "csv", "profile_customers.csv")
    write_csv(df, csv_path)
    back = pd.read_csv(csv_path, keep_default_na=False, na_values=[""])
    doc = {"generator": f"tests/peer/make_profile_expected.py, pandas {pd.__version__}, SciPy {scipy.__version__}, "
                        f"scikit-learn {sklearn.__version__}",
           "csv": "csv/profile_customers.csv", "k": K, "features": FEATURES, "labels": labels.tolist(),
           "sizes": [int((labels == s).sum()) for s in range(K)], "outliers": int((labels == -1).sum()),
           "left_out": int((labels == -2).sum()), "numeric": {}, "categorical": {}}
    for c in NUMERIC:
        p = numeric_profile(back[c].to_numpy(dtype=float), labels)
        p["scores"] = scores(p, "numeric")
        doc["numeric"][c] = p
    for c in CATEGORICAL:
        col = back[c].to_numpy(dtype=object)
        p = categorical_profile(col, labels)
        p["scores"] = scores(p, "categorical")
        doc["categorical"][c] = p
    with open(os.path.join(DATA, "peer", "profile_customers.json"), "w") as f:
        json.dump(doc, f, indent=1)
    with open(os.path.join(DATA, "peer", "profile_distributions.json"), "w") as f:
        json.dump(distributions(), f)
    print("sizes", doc["sizes"], "outliers", doc["outliers"], "left out", doc["left_out"])
    for c in NUMERIC:
        print(c, doc["numeric"][c]["f"], doc["numeric"][c]["p"], doc["numeric"][c]["eta_squared"])
    for c in CATEGORICAL:
        print(c, doc["categorical"][c]["levels"], doc["categorical"][c]["chi_squared"], doc["categorical"][c]["p"])


if __name__ == "__main__":
    main()
