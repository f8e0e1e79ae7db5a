#!/usr/bin/python3
"""Expected k-means results for tests/core/tst_kmeans.cpp, computed with scikit-learn (Debian python3-sklearn).

For each small data set it writes tests/data/peer/kmeans_<name>.json holding the data themselves (rounded to
6 decimals, then used as is), k, and scikit-learn's answers:
  best_inertia_n_init_10   KMeans(k, n_init=10, algorithm="lloyd", random_state=0).inertia_
  init                     initial centres (kmeans_plusplus(X, k, random_state=1); for "emptyinit", two of
                           them moved far from every row so that their clusters start empty)
  from_init                KMeans(k, init=init, n_init=1, algorithm="lloyd"): labels, inertia, n_iter, centers
Run: /usr/bin/python3 tests/peer/make_kmeans_expected.py   (deterministic: same output every time)
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer")


def blobs(n, d, k, seed, std=1.0):
    X, _ = make_blobs(n_samples=n, n_features=d, centers=k, cluster_std=std, random_state=seed)
    return X


def datasets():
    rng = np.random.default_rng(7)
    yield "blobs_300x2_k3", blobs(300, 2, 3, 1), 3
    yield "blobs_1000x5_k5", blobs(1000, 5, 5, 2, std=2.0), 5
    yield "blobs_3000x10_k8", blobs(3000, 10, 8, 3, std=3.0), 8
    yield "blobs_2000x6_k2", blobs(2000, 6, 4, 4, std=2.5), 2
    base = blobs(100, 3, 4, 5)
    dup = np.repeat(base, 6, axis=0)[rng.permutation(600)]
    yield "duplicates_600x3_k4", dup, 4
    out = blobs(500, 4, 4, 6)
    out[123] = [80.0, -75.0, 90.0, 60.0]
    yield "outlier_500x4_k4", out, 4
    yield "onefeature_400x1_k3", blobs(400, 1, 3, 8), 3
    yield "overlap_1500x3_k6", rng.standard_normal((1500, 3)) * [3.0, 1.0, 0.5], 6
    # Two initial centres far from every row: both clusters start empty and are re-seeded.
    yield "emptyinit_400x2_k4", blobs(400, 2, 4, 9), 4


def initial_centres(name, X, k):
    init, _ = kmeans_plusplus(X, k, random_state=1)
    if name.startswith("emptyinit"):
        init[1] = [500.0, 500.0]
        init[3] = [-400.0, 600.0]
    return init


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, X, k in datasets():
        X = np.ascontiguousarray(np.round(X, 6))
        best = KMeans(k, n_init=10, algorithm="lloyd", random_state=0).fit(X)
        init = initial_centres(name, X, k)
        one = KMeans(k, init=init, n_init=1, algorithm="lloyd").fit(X)
        doc = {
            "name": name,
            "generator": f"tests/peer/make_kmeans_expected.py, scikit-learn {sklearn.__version__}",
            "k": k,
            "x": X.tolist(),
            "best_inertia_n_init_10": float(best.inertia_),
            "init": init.tolist(),
            "from_init": {
                "labels": one.labels_.tolist(),
                "inertia": float(one.inertia_),
                "n_iter": int(one.n_iter_),
                "centers": one.cluster_centers_.tolist(),
            },
        }
        with open(os.path.join(OUT, f"kmeans_{name}.json"), "w") as f:
            json.dump(doc, f, separators=(",", ":"))
        print(name, X.shape, k, best.inertia_, one.inertia_, one.n_iter_)


if __name__ == "__main__":
    main()
