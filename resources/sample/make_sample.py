#!/usr/bin/python3
"""Writes resources/sample/customers.csv: 2,000 synthetic retail customers with five planted segments.

Run with Debian's python3 and python3-numpy: `/usr/bin/python3 resources/sample/make_sample.py`.
The seed is fixed, so the file is the same on every run. The segments are planted in the behaviour
columns (income, orders, basket, recency, e-mail engagement, tenure) with realistic right skew in money
columns and a few percent of missing cells; the segment itself is not in the file.
"""
import csv
import datetime
import os

import numpy as np

SEED = 20261123
N = 2000

# name, share, age (mean, sd), income k$ (median, spread), tenure years (mean), orders/yr (mean),
# basket $ (median), recency days (mean), e-mail open rate (mean), channel weights (online, store, app)
SEGMENTS = [
    ("Loyal high spenders", 0.15, (46, 8), (92, 0.25), 7.5, 26, 95, 9, 0.58, (0.3, 0.3, 0.4)),
    ("Bargain hunters", 0.25, (34, 9), (44, 0.30), 3.5, 15, 27, 18, 0.36, (0.6, 0.2, 0.2)),
    ("New customers", 0.20, (29, 7), (52, 0.35), 0.6, 5, 46, 28, 0.50, (0.5, 0.1, 0.4)),
    ("Lapsed", 0.20, (41, 12), (58, 0.35), 4.5, 2, 38, 260, 0.07, (0.4, 0.5, 0.1)),
    ("Occasional big-ticket", 0.20, (56, 9), (118, 0.30), 6.0, 3, 185, 75, 0.30, (0.2, 0.7, 0.1)),
]
REGIONS = ["North", "South", "East", "West", "Central"]
REGION_WEIGHTS = {
    "Loyal high spenders": [0.15, 0.15, 0.20, 0.15, 0.35],
    "Bargain hunters": [0.30, 0.25, 0.15, 0.20, 0.10],
    "New customers": [0.20, 0.20, 0.20, 0.25, 0.15],
    "Lapsed": [0.25, 0.20, 0.25, 0.15, 0.15],
    "Occasional big-ticket": [0.10, 0.30, 0.15, 0.30, 0.15],
}


def main():
    rng = np.random.default_rng(SEED)
    shares = np.array([s[1] for s in SEGMENTS])
    counts = np.floor(shares * N).astype(int)
    counts[0] += N - counts.sum()
    rows = []
    today = datetime.date(2026, 11, 1)
    for (name, _, age, income, tenure, orders, basket, recency, open_rate, channels), count in zip(SEGMENTS, counts):
        for _ in range(count):
            a = int(np.clip(round(rng.normal(*age)), 18, 90))
            inc = income[0] * np.exp(rng.normal(0, income[1]))
            ten = float(np.clip(rng.gamma(4.0, tenure / 4.0), 0.05, 25))
            opy = int(max(0, rng.poisson(orders)))
            bsk = basket * np.exp(rng.normal(0, 0.35))
            spend = opy * bsk * np.exp(rng.normal(0, 0.15))
            rec = int(np.clip(rng.gamma(2.0, recency / 2.0), 0, 1500))
            opn = float(np.clip(rng.beta(8 * open_rate + 0.5, 8 * (1 - open_rate) + 0.5), 0, 1))
            signup = today - datetime.timedelta(days=int(ten * 365.25))
            gender = rng.choice(["F", "M", "Other"], p=[0.52, 0.46, 0.02])
            region = rng.choice(REGIONS, p=REGION_WEIGHTS[name])
            channel = rng.choice(["Online", "Store", "App"], p=channels)
            loyalty = "Yes" if rng.random() < (0.8 if name == "Loyal high spenders" else 0.3) else "No"
            rows.append({
                "age": a,
                "gender": gender,
                "region": region,
                "annual_income": int(round(inc * 1000, -2)),
                "tenure_years": round(ten, 1),
                "orders_per_year": opy,
                "avg_basket": round(bsk, 2) if opy > 0 else 0.0,
                "total_spend": round(spend, 2),
                "days_since_last_purchase": rec,
                "email_open_rate": round(opn, 3),
                "signup_date": signup.isoformat(),
                "loyalty_member": loyalty,
                "preferred_channel": channel,
            })
    order = rng.permutation(len(rows))
    rows = [rows[i] for i in order]
    # A few percent of cells are missing, as in real CRM exports.
    for column, rate in [("annual_income", 0.04), ("email_open_rate", 0.02), ("age", 0.01), ("gender", 0.01),
                         ("region", 0.005)]:
        for i in np.nonzero(rng.random(len(rows)) < rate)[0]:
            rows[i][column] = ""
    fields = ["customer_id"] + list(rows[0].keys())
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "customers.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for i, r in enumerate(rows):
            w.writerow({"customer_id": f"C{i + 1:05d}", **r})
    print(f"wrote {path}: {len(rows)} rows x {len(fields)} columns")


if __name__ == "__main__":
    main()
