#!/usr/bin/python3
"""Hierarchical clustering: SegmentLab (bench_hierarchical) against fastcluster on the same data, alternating.

  /usr/bin/python3 bench/bench_hierarchical.py [--build DIR] [--reps R] [--cases ward,average,complete,twostage]
Runs each case R times, ours and the peer in turn (the peer is ../shared/bench/peers.py: fastcluster
linkage_vector for ward, linkage for average/complete), and prints the median seconds and the ratio ours/peer.
Data: the f0..f9 columns of gen_data.py's full_1000000.npy (first 20,000 rows; all 1M rows for twostage, which
has no peer: fastcluster would need 4 TB for the matrix, and linkage_vector hours).
Run with LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread as peers.py asks.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(os.path.dirname(ROOT), "shared", "bench", "peers.py")
DATA = "/tmp/segmentlab-bench"


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return json.loads(out[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--cases", default="ward,average,complete,twostage")
    ap.add_argument("--n", type=int, default=20000)
    a = ap.parse_args()
    ours = os.path.join(a.build, "bench", "bench_hierarchical")
    if not os.path.exists(os.path.join(DATA, "full_1000000.npy")):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(PEERS), "gen_data.py"), "--sizes", "1000000",
                        "--no-csv", "--out", DATA], check=True)
    print(f"{'case':<10} {'n':>8} {'ours s':>9} {'peer s':>9} {'ratio':>7}  root height ours / peer")
    for case in a.cases.split(","):
        n = 1000000 if case == "twostage" else a.n
        mine, peer, hm, hp = [], [], None, None
        for _ in range(a.reps):
            r = run([ours, case, "--n", str(n), "--data", DATA])
            mine.append(r["seconds"]), (hm := r["root_height"])
            if case != "twostage":
                p = run([sys.executable, PEERS, case, "--n", str(n), "--data", DATA])
                peer.append(p["seconds"]), (hp := p["root_height"])
        m = statistics.median(mine)
        if peer:
            q = statistics.median(peer)
            print(f"{case:<10} {n:>8} {m:>9.3f} {q:>9.3f} {m / q:>7.2f}  {hm:.10g} / {hp:.10g}", flush=True)
        else:
            print(f"{case:<10} {n:>8} {m:>9.3f} {'-':>9} {'-':>7}  {hm:.10g}", flush=True)


if __name__ == "__main__":
    main()
