#!/usr/bin/python3
"""Expected DBSCAN results for tests/core/tst_dbscan.cpp, computed with scikit-learn (Debian python3-sklearn).

Writes tests/data/peer/dbscan_<name>.json: the data (rounded to 6 decimals, so the C++ side parses the very same
doubles), eps, min_samples, scikit-learn's labels_ and core mask, and the sorted k-distance curve (k =
min_samples, each row counting as its own first neighbour, as in scikit-learn's core test).

  /usr/bin/python3 tests/peer/make_dbscan_expected.py [--out tests/data/peer]
"""
import argparse
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN
from sklearn.datasets import make_blobs
from sklearn.neighbors import NearestNeighbors


def with_noise(rng, X, count, pad=2.0):
    lo, hi = X.min(0) - pad, X.max(0) + pad
    return np.vstack([X, rng.uniform(lo, hi, size=(count, X.shape[1]))])


def datasets():
    rng = np.random.default_rng(7)
    X, _ = make_blobs(450, n_features=2, centers=4, cluster_std=0.45, random_state=1)
    yield "blobs2d", with_noise(rng, X, 50), 0.5, 5
    X, _ = make_blobs(1400, n_features=5, centers=5, cluster_std=0.8, random_state=2)
    yield "blobs5d", with_noise(rng, X, 100), 1.6, 10
    X, _ = make_blobs(2000, n_features=10, centers=6, cluster_std=1.0, random_state=3)
    yield "blobs10d", with_noise(rng, X, 100, 0.0), 3.2, 10
    # Uniform rows at the edge of percolation: dozens of small clusters and ~40 border rows within eps of core
    # rows of two clusters, which scikit-learn's expansion order decides.
    yield "sharedBorders", np.random.default_rng(11).uniform(0, 10, size=(1500, 2)), 0.4, 9
    # Integer grid with duplicates: many pairs lie exactly at eps, so "<= eps" must match to the last bit.
    X = rng.integers(0, 12, size=(600, 3)).astype(float)
    X = np.vstack([X, X[:150]])
    yield "gridDuplicates", X, 1.0, 6
    X, _ = make_blobs(300, n_features=4, centers=3, cluster_std=1.0, random_state=5)
    yield "allNoise", X, 1e-3, 3
    X, _ = make_blobs(500, n_features=3, centers=1, cluster_std=0.5, random_state=6)
    yield "oneCluster", X, 5.0, 5
    X, _ = make_blobs(200, n_features=2, centers=3, cluster_std=0.6, random_state=8)
    yield "minSamplesOne", X, 0.3, 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, X, eps, min_samples in datasets():
        X = np.round(np.ascontiguousarray(X, dtype=float), 6)
        m = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
        core = np.zeros(len(X), dtype=int)
        core[m.core_sample_indices_] = 1
        k = min(min_samples, len(X))
        dist, _ = NearestNeighbors(n_neighbors=k).fit(X).kneighbors(X)  # the row itself comes first
        doc = {
            "generator": f"tests/peer/make_dbscan_expected.py, scikit-learn {sklearn.__version__}",
            "name": name, "eps": eps, "min_samples": min_samples, "n": len(X), "d": X.shape[1],
            "data": X.ravel().tolist(),
            "labels": m.labels_.tolist(), "core": core.tolist(),
            "n_clusters": int(m.labels_.max() + 1), "n_noise": int((m.labels_ < 0).sum()),
            "k_distance": np.sort(dist[:, -1]).tolist(),
        }
        path = os.path.join(a.out, f"dbscan_{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f)
        nb = NearestNeighbors(radius=eps).fit(X).radius_neighbors(X, return_distance=False)
        shared = sum(1 for i in range(len(X))
                     if not core[i] and len({m.labels_[j] for j in nb[i] if core[j]}) > 1)
        print(f"{path}: clusters={doc['n_clusters']} noise={doc['n_noise']} core={core.sum()} "
              f"border rows shared by clusters={shared}")


if __name__ == "__main__":
    main()
