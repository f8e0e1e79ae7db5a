#!/usr/bin/python3
"""CSV import benchmark: SegmentLab's readCsvFile (bench_csv) against pandas.read_csv on the same file.

  /usr/bin/python3 bench/bench_csv.py [--rows 1000000] [--repeats 3] [--exe build/bench/bench_csv]

The file is 1M rows x 12 mixed columns (~100 MB), made once and cached under bench/out/: customer_id, f0..f6 and
spend, visits from /work/shared/bench/gen_data.py (the anchors' synthetic customers), plus two text columns, region
and segment, drawn from the planted segment so they carry signal. Runs alternate ours and pandas (each in a
fresh process, so both pay for reading the file and neither keeps a warm heap), then the medians, the ratio
ours/pandas and our peak RSS against the file size are printed. The machine is shared and noisy: read the ratio.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED_BENCH = os.environ.get("SEGMENTLAB_SHARED_BENCH", os.path.join(os.path.dirname(ROOT), "shared", "bench"))
if not os.path.isdir(SHARED_BENCH):
    SHARED_BENCH = "/work/shared/bench"

REGIONS = ["North", "South", "East", "West", "Central", "Île-de-France", "Overseas", "Online"]
SEGMENTS = ["Bronze", "Silver", "Gold", "Platinum", "Dormant", "New", "Loyal", "At risk"]

PANDAS = r"""
import sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
s = time.perf_counter() - t
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(s, len(df), len(df.columns), int(hwm) / 1024.0)
"""


def make_csv(path, n):
    sys.path.insert(0, SHARED_BENCH)
    import numpy as np
    import gen_data

    X, y, extra = gen_data.dataset(n)
    rng = np.random.default_rng(7)
    # Mostly the segment's own region/label, sometimes another: categorical columns with real but noisy signal.
    region = np.where(rng.random(n) < 0.7, y, rng.integers(0, 8, n))
    segment = np.where(rng.random(n) < 0.8, (y + 3) % 8, rng.integers(0, 8, n))
    cols = [np.char.mod("%d", np.arange(1, n + 1))]
    cols += [np.char.mod("%.6f", X[:, j]) for j in range(7)]
    cols += [np.char.mod("%.2f", extra[:, 0]), np.char.mod("%d", extra[:, 1].astype(np.int64))]
    cols += [np.array(REGIONS, dtype=object)[region], np.array(SEGMENTS, dtype=object)[segment]]
    header = ["customer_id"] + [f"f{j}" for j in range(7)] + ["spend", "visits", "region", "segment"]
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        step = 100_000
        for a in range(0, n, step):
            b = min(n, a + step)
            f.write("\n".join(",".join(str(c[i]) for c in cols) for i in range(a, b)) + "\n")
    os.replace(tmp, path)


def find_exe(given):
    if given:
        return given
    for d in sorted(os.listdir(ROOT)):
        p = os.path.join(ROOT, d, "bench", "bench_csv")
        if d.startswith("build") and os.access(p, os.X_OK):
            return p
    sys.exit("bench_csv not found: build it (ninja -C BUILD bench_csv) or pass --exe")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--exe", default=None)
    a = ap.parse_args()
    exe = find_exe(a.exe)
    out = os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, f"customers_mixed_{a.rows}.csv")
    if not os.path.exists(path):
        t = time.perf_counter()
        make_csv(path, a.rows)
        print(f"wrote {path} in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    size_mb = os.path.getsize(path) / 2**20

    ours, theirs, rss = [], [], []
    shape = pshape = None
    for _ in range(a.repeats):
        r = json.loads(subprocess.run([exe, path, "1"], check=True, capture_output=True, text=True).stdout)
        ours.append(r["seconds"])
        rss.append(r["peak_rss_mb"])
        shape = (r["rows"], r["cols"])
        p = subprocess.run([sys.executable, "-c", PANDAS, path], check=True, capture_output=True, text=True)
        s, rows, cols, prss = p.stdout.split()
        theirs.append(float(s))
        pshape = (int(rows), int(cols), float(prss))
    if shape != pshape[:2]:
        sys.exit(f"shape differs: ours {shape}, pandas {pshape[:2]}")
    mo, mp = statistics.median(ours), statistics.median(theirs)
    print(f"file: {path} ({size_mb:.1f} MiB, {shape[0]} rows x {shape[1]} cols), {a.repeats} alternated runs each")
    print(f"| reader | median s | runs |")
    print(f"|---|---|---|")
    print(f"| SegmentLab readCsvFile | {mo:.3f} | {' '.join(f'{x:.3f}' for x in ours)} |")
    print(f"| pandas.read_csv | {mp:.3f} | {' '.join(f'{x:.3f}' for x in theirs)} |")
    print(f"ratio ours/pandas: {mo / mp:.2f}  (pandas is {mp / mo:.2f}x our time)")
    print(f"our peak RSS: {max(rss):.0f} MiB = {max(rss) / size_mb:.2f} x file size "
          f"(pandas: {pshape[2]:.0f} MiB = {pshape[2] / size_mb:.2f} x)")
    print(json.dumps({"op": "csv_read", "ours_s": mo, "pandas_s": mp, "ratio": round(mo / mp, 3),
                      "peak_rss_over_file": round(max(rss) / size_mb, 2)}))


if __name__ == "__main__":
    main()
