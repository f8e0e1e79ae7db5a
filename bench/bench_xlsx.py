#!/usr/bin/python3
"""XLSX read speed: SegmentLab's reader against openpyxl on the same 500,000 x 8 workbook.

Run with Debian's interpreter: /usr/bin/python3 bench/bench_xlsx.py [--build BUILD_DIR] [--rows N]
The workbook (numbers, a date column with times, short strings) is written once with openpyxl's write-only
mode and cached under bench/out/ (git-ignored). Ours (bench_xlsx, one read per process) and openpyxl
(read_only=True, values_only=True, iterating every row) then alternate three times each; the script prints
each run, the medians and the ratio ours/openpyxl (the goal is < 0.1).
"""
import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def make_workbook(path, rows):
    import openpyxl

    rng = random.Random(20240131)
    countries = ["France", "Germany", "Spain", "Italy", "Belgium", "Portugal", "Norway", "EIRE"]
    segments = ["gold", "silver", "bronze", "new"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Orders")
    ws.append(["CustomerID", "Invoice", "Quantity", "UnitPrice", "InvoiceDate", "Country", "Segment", "Score"])
    start = datetime.datetime(2010, 12, 1, 8, 26)
    for i in range(rows):
        ws.append([
            12346 + rng.randrange(5000),
            536365 + i // 7,
            rng.randrange(1, 48),
            round(rng.uniform(0.1, 50.0), 2),
            start + datetime.timedelta(minutes=rng.randrange(500000)),
            rng.choice(countries),
            rng.choice(segments),
            rng.random(),
        ])
    tmp = path + ".tmp"
    wb.save(tmp)
    os.replace(tmp, path)


def time_ours(binary, path):
    out = subprocess.run([binary, path, "1"], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def time_openpyxl(path):
    import openpyxl

    start = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    rows = 0
    cols = 0
    for row in ws.iter_rows(values_only=True):
        rows += 1
        cols = max(cols, len(row))
    wb.close()
    return {"seconds": time.perf_counter() - start, "rows": rows - 1, "cols": cols}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="CMake build directory")
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    binary = os.path.join(args.build, "bench", "bench_xlsx")
    if not os.path.exists(binary):
        sys.exit(f"{binary} not found: build it with ninja -C {args.build} bench_xlsx")
    out_dir = os.path.join(HERE, "out")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"orders_{args.rows}x8.xlsx")
    if not os.path.exists(path):
        print(f"writing {path} with openpyxl ...", flush=True)
        make_workbook(path, args.rows)

    ours, peer = [], []
    for i in range(args.repeats):
        o = time_ours(binary, path)
        ours.append(o["seconds"])
        print(f"run {i + 1}: ours {o['seconds']:.3f} s ({o['rows']} x {o['cols']}, "
              f"peak {o['peak_rss_mb']:.0f} MB)", flush=True)
        p = time_openpyxl(path)
        peer.append(p["seconds"])
        print(f"run {i + 1}: openpyxl {p['seconds']:.3f} s ({p['rows']} x {p['cols']})", flush=True)
    mo, mp = statistics.median(ours), statistics.median(peer)
    print(json.dumps({"op": "xlsx_read", "file": os.path.relpath(path, ROOT), "ours_s": round(mo, 3),
                      "openpyxl_s": round(mp, 3), "ratio": round(mo / mp, 4)}))


if __name__ == "__main__":
    main()
