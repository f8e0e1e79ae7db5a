#!/usr/bin/python3
"""DBSCAN and Gaussian mixture: SegmentLab against scikit-learn on the same data, alternating runs, medians and
ratios (ours / peer). The machines are shared: read the ratios, and note the load printed at the start.

  /usr/bin/python3 bench/bench_dbscan_gmm.py [--build build-dbgmm] [--repeat 3] [--n 100000] [--big 1000000]
Runs bench_dbscan_gmm (ours) and ../shared/bench/peers.py (scikit-learn, given OpenBLAS) for:
  dbscan  n rows, eps 2.5, min_samples 10 (ours without, then with, the k-distance curve)
  gmm     n rows, full covariance, k = 8
  dbscan  --big rows, ours only (scikit-learn needs over 3 minutes there; --peer-big runs it once)
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "..", "..", "shared", "bench", "peers.py")
ENV = dict(os.environ, LD_LIBRARY_PATH="/usr/lib/x86_64-linux-gnu/openblas-pthread")


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=ENV).stdout.strip().splitlines()
    return json.loads(out[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--big", type=int, default=1000000)
    ap.add_argument("--peer-big", action="store_true", help="also time scikit-learn at --big rows (minutes)")
    a = ap.parse_args()
    ours = os.path.join(a.build, "bench", "bench_dbscan_gmm")
    print("load:", open("/proc/loadavg").read().strip(), file=sys.stderr)
    cases = [
        ("dbscan", [ours, "dbscan", str(a.n), "--no-kdistance"], [sys.executable, PEERS, "dbscan", "--n", str(a.n)]),
        ("dbscan+kdist", [ours, "dbscan", str(a.n)], [sys.executable, PEERS, "dbscan", "--n", str(a.n)]),
        ("gmm full k=8", [ours, "gmm", str(a.n)], [sys.executable, PEERS, "gmm", "--n", str(a.n)]),
    ]
    print(f"| case | n | ours median s | scikit-learn median s | ratio | check |")
    print(f"|---|---|---|---|---|---|")
    peer_cache = {}
    for name, mine, peer in cases:
        t_ours, t_peer, last_ours, last_peer = [], [], None, None
        key = tuple(peer)
        for _ in range(a.repeat):
            last_ours = run(mine)
            t_ours.append(last_ours["seconds"])
            if key in peer_cache and len(peer_cache[key]) >= a.repeat:
                continue
            last_peer = run(peer)
            peer_cache.setdefault(key, []).append(last_peer)
        t_peer = [r["seconds"] for r in peer_cache[key]]
        last_peer = peer_cache[key][-1]
        mo, mp = statistics.median(t_ours), statistics.median(t_peer)
        if name.startswith("dbscan"):
            check = f"clusters {last_ours['clusters']}/{last_peer['clusters']}, noise {last_ours['noise']}/{last_peer['noise']}"
        else:
            check = f"mean log-lik {last_ours['mean_log_likelihood']:.5f}/{last_peer['mean_log_likelihood']:.5f}"
        print(f"| {name} | {a.n} | {mo:.3f} | {mp:.3f} | {mo / mp:.3f} | {check} |", flush=True)
    big = run([ours, "dbscan", str(a.big), "--no-kdistance"])
    peer_big = "over 180 (issue 3; not run)"
    ratio = "-"
    if a.peer_big:
        p = run([sys.executable, PEERS, "dbscan", "--n", str(a.big)])
        peer_big, ratio = f"{p['seconds']:.1f}", f"{big['seconds'] / p['seconds']:.3f}"
    print(f"| dbscan | {a.big} | {big['seconds']:.2f} | {peer_big} | {ratio} | clusters {big['clusters']}, noise {big['noise']} |")
    print("load:", open("/proc/loadavg").read().strip(), file=sys.stderr)


if __name__ == "__main__":
    main()
