#!/usr/bin/python3
"""k-means: SegmentLab (bench_kmeans) against scikit-learn on the same data, alternating, and the ratios.

  /usr/bin/python3 bench/bench_kmeans.py [--build build-kmeans] [--repeats 3] [--n 1000000] [--data DIR]

Cases (1M x 10 customers from ../shared/bench/gen_data.py, k = 8):
  iteration  one full Lloyd iteration (assign every row, new centres) from k-means++ centres;
             peer: scikit-learn's own Lloyd iteration, sklearn.cluster._k_means_lloyd.lloyd_iter_chunked_dense,
             median of 15 calls, the same thing KMeans.fit runs n_iter times
  fit10      the whole fit with n_init = 10; peer: ../shared/bench/peers.py kmeans10
Each case runs ours then the peer, `repeats` times; prints a JSON line per run, then medians and ours/peer.
scikit-learn gets OpenBLAS (LD_LIBRARY_PATH, as peers.py says). Note `uptime` with the figures: the machine is
shared.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(ROOT, "..", "shared", "bench", "peers.py")
ENV = dict(os.environ, LD_LIBRARY_PATH="/usr/lib/x86_64-linux-gnu/openblas-pthread")

PEER_ITERATION = r"""
import json, sys, time
import numpy as np
from sklearn.cluster import kmeans_plusplus
from sklearn.cluster._k_means_lloyd import lloyd_iter_chunked_dense
from sklearn.utils._openmp_helpers import _openmp_effective_n_threads
from sklearn.utils.extmath import row_norms
from threadpoolctl import threadpool_limits
n, k, data = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
X = np.load(data + "/full_1000000.npy")[:n, :10].copy()
X -= X.mean(axis=0)
C, _ = kmeans_plusplus(X, k, random_state=0, x_squared_norms=row_norms(X, squared=True))
w = np.ones(n)
threads = _openmp_effective_n_threads()
times = []
for _ in range(15):
    new, wic, lab, shift = np.zeros_like(C), np.zeros(k), np.full(n, -1, np.int32), np.zeros(k)
    t = time.perf_counter()
    with threadpool_limits(limits=1, user_api="blas"):
        lloyd_iter_chunked_dense(X, w, C, new, wic, lab, shift, threads)
    times.append(time.perf_counter() - t)
print(json.dumps({"case": "iteration", "n": n, "k": k, "threads": threads,
                  "seconds": round(sorted(times)[len(times) // 2], 6), "min_seconds": round(min(times), 6)}))
"""


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=ENV).stdout
    line = [l for l in out.splitlines() if l.startswith("{")][-1]
    return json.loads(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--n", type=int, default=1000000)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--data", default="/tmp/segmentlab-bench")
    ap.add_argument("--cases", default="iteration,fit10")
    a = ap.parse_args()
    ours_bin = os.path.join(a.build, "bench", "bench_kmeans")
    common = ["--n", str(a.n), "--k", str(a.k), "--data", a.data]
    cases = {
        "iteration": ([ours_bin, "--case", "iteration"] + common,
                      [sys.executable, "-c", PEER_ITERATION, str(a.n), str(a.k), a.data]),
        "fit10": ([ours_bin, "--case", "fit10"] + common,
                  [sys.executable, PEERS, "kmeans10", "--n", str(a.n), "--k", str(a.k), "--data", a.data]),
    }
    print(json.dumps({"uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}))
    summary = {}
    for name in a.cases.split(","):
        ours_cmd, peer_cmd = cases[name]
        ours, peer = [], []
        for _ in range(a.repeats):
            o = run(ours_cmd)
            print(json.dumps({"who": "segmentlab", **o}), flush=True)
            ours.append(o["seconds"])
            p = run(peer_cmd)
            print(json.dumps({"who": "scikit-learn", **p}), flush=True)
            peer.append(p["seconds"])
        mo, mp = statistics.median(ours), statistics.median(peer)
        summary[name] = {"ours_s": mo, "peer_s": mp, "ratio": round(mo / mp, 3)}
    print(json.dumps({"uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}))
    for name, s in summary.items():
        print(f"{name:10s} ours {s['ours_s']:.4f} s   scikit-learn {s['peer_s']:.4f} s   ratio {s['ratio']:.3f}")
    print(json.dumps({"summary": summary}))


if __name__ == "__main__":
    main()
