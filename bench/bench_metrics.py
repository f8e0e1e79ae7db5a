#!/usr/bin/python3
"""Our validation metrics and PCA beside scikit-learn's, on the same data, alternated, with median ratios.

  /usr/bin/python3 bench/bench_metrics.py [--bin build-metrics/bench/bench_metrics] [--rounds 3]
                                         [--cases silhouette,db,ch,pca,pca-fit]
Cases (n): exact silhouette (30,000 rows), Davies-Bouldin and Calinski-Harabasz (1M rows), PCA (1M x 10)
with and without projecting every row.
Ours: bench_metrics (C++, labels = the planted segments of y_1000000.npy). Peer: /work/shared/bench/peers.py
(labels from scikit-learn's KMeans; the work does not depend on the labels), run with OpenBLAS as its header
says. Each round runs ours then the peer; the table shows medians and ours / peer. The machine is shared:
read ratios, not seconds, and note the load printed at the end.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = "/work/shared/bench/peers.py"
CASES = {"silhouette": 30000, "db": 1000000, "ch": 1000000, "pca": 1000000, "pca-fit": 1000000}
PEER_NOTE = {"pca": "PCA(2, svd_solver='full').fit; ours: all components + projection of every row",
             "pca-fit": "PCA(2, svd_solver='full').fit; ours: all components, no projection"}
PEER_CASE = {"pca-fit": "pca"}


def run(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "build", "bench", "bench_metrics"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--data", default="/tmp/segmentlab-bench")
    a = ap.parse_args()
    peer_env = dict(os.environ, LD_LIBRARY_PATH="/usr/lib/x86_64-linux-gnu/openblas-pthread")
    rows = []
    for case in a.cases.split(","):
        n = CASES[case]
        ours, peer, cpu = [], [], []
        for r in range(a.rounds):
            o = run([a.bin, case, "--n", str(n), "--data", a.data])
            p = run([sys.executable, PEERS, PEER_CASE.get(case, case), "--n", str(n), "--data", a.data], env=peer_env)
            ours.append(o["seconds"]); cpu.append(o["cpu_seconds"]); peer.append(p["seconds"])
            print(f"  {case} round {r + 1}: ours {o['seconds']:.4f} s, peer {p['seconds']:.4f} s", file=sys.stderr)
        mo, mp = statistics.median(ours), statistics.median(peer)
        rows.append((case, n, mo, statistics.median(cpu), mp, mo / mp))
    print("| case | n | ours (s) | ours CPU (s) | scikit-learn (s) | ratio ours/peer |")
    print("|---|---|---|---|---|---|")
    for case, n, mo, mc, mp, ratio in rows:
        print(f"| {case} | {n} | {mo:.4f} | {mc:.4f} | {mp:.4f} | {ratio:.3f} |")
    for case, note in PEER_NOTE.items():
        if case in a.cases.split(","):
            print(f"\n{case}: peer is {note}.")
    load = open("/proc/loadavg").read().split()[:3]
    print(f"\nload average while measuring: {' '.join(load)} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
