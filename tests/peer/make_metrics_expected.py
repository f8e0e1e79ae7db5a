#!/usr/bin/python3
"""Expected cluster-validation metrics for tests/core/tst_silhouette.cpp and tst_clustermetrics.cpp.

Computed with Debian's python3-sklearn (scikit-learn 1.2): silhouette_samples, silhouette_score,
davies_bouldin_score, calinski_harabasz_score; the within-cluster sum of squares with plain numpy; and, for
k-means labels, KMeans' cluster_centers_ and inertia_ (for seg::metrics::inertia with given centres).
Writes tests/data/peer/metrics_<name>.json: {name, x (n x d), labels, expected values, versions}.

scikit-learn computes distances as |x|^2 + |y|^2 - 2xy, which leaves rounding noise (~1e-8) on the distance
of two coincident points; SegmentLab sums squared differences, which is exact there. So that the files test
SegmentLab rather than that noise, each data set is also scored by a direct numpy implementation and the
script refuses to write a file where scikit-learn and the direct computation differ by more than 1e-12
(data sets with duplicates use values on a grid of 1/8, where both are exact).

Usage: /usr/bin/python3 tests/peer/make_metrics_expected.py [--out tests/data/peer]
"""
import argparse
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import (calinski_harabasz_score, davies_bouldin_score, silhouette_samples,
                             silhouette_score)


def direct_silhouette(X, labels):
    """Rousseeuw's silhouette with distances from squared differences (no |x|^2+|y|^2-2xy)."""
    _, codes = np.unique(labels, return_inverse=True)
    k = codes.max() + 1
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    sums = np.stack([D[:, codes == c].sum(axis=1) for c in range(k)], axis=1)
    counts = np.bincount(codes)
    a = sums[np.arange(len(X)), codes] / np.maximum(counts[codes] - 1, 1)
    other = sums / counts
    other[np.arange(len(X)), codes] = np.inf
    b = other.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = (b - a) / np.maximum(a, b)
    s[counts[codes] == 1] = 0.0
    return np.nan_to_num(s)


def direct_davies_bouldin(X, labels):
    values = np.unique(labels)
    cent = np.array([X[labels == v].mean(axis=0) for v in values])
    intra = np.array([np.sqrt(((X[labels == v] - c) ** 2).sum(axis=1)).mean() for v, c in zip(values, cent)])
    M = np.sqrt(((cent[:, None, :] - cent[None, :, :]) ** 2).sum(axis=2))
    if np.allclose(intra, 0) or np.allclose(M, 0):
        return 0.0
    M[M == 0] = np.inf
    return float(np.mean(np.max((intra[:, None] + intra) / M, axis=1)))


def wcss(X, labels):
    return float(sum(((X[labels == v] - X[labels == v].mean(axis=0)) ** 2).sum() for v in np.unique(labels)))


def kmeans_labels(X, k):
    km = KMeans(k, n_init=10, random_state=0).fit(X)
    return km.labels_.astype(int), km


def datasets():
    rng = np.random.RandomState(20240611)
    out = []

    def blobs(n, d, k, seed, std=1.0):
        X, _ = make_blobs(n_samples=n, n_features=d, centers=k, cluster_std=std, random_state=seed)
        return X

    X = blobs(50, 2, 3, 1)
    out.append(("blobs_n50_d2_k3", "3 blobs, k-means labels", X, *kmeans_labels(X, 3)))
    X = blobs(300, 5, 4, 2, std=2.0)
    out.append(("blobs_n300_d5_k4", "4 overlapping blobs, k-means labels", X, *kmeans_labels(X, 4)))
    X = blobs(2000, 3, 8, 3, std=1.5)
    out.append(("blobs_n2000_d3_k8", "8 blobs, k-means labels", X, *kmeans_labels(X, 8)))
    X = blobs(800, 10, 5, 4, std=2.5)
    out.append(("blobs_n800_d10_k5", "5 blobs in 10 features, k-means labels", X, *kmeans_labels(X, 5)))
    X = blobs(100, 2, 2, 5)
    out.append(("blobs_n100_d2_k2", "2 blobs, k = 2", X, *kmeans_labels(X, 2)))
    X = blobs(500, 4, 6, 6)
    labels = rng.choice([0, 2, 5, 9, 11, 42], size=len(X))
    out.append(("random_n500_d4_k6", "random labels with gaps in their values (0, 2, 5, 9, 11, 42)", X, labels,
                None))
    # Singletons: k-means labels on 4 blobs, then three far-out rows with labels of their own. Values on a
    # 1/8 grid, so a singleton's distance to its own centroid is exactly 0 in scikit-learn too.
    X = np.round(blobs(117, 3, 4, 7) * 8) / 8
    X = np.vstack([X, [[30.0, 30.0, 30.0], [-30.0, 25.0, 0.5], [12.5, -40.0, 3.25]]])
    labels = np.concatenate([kmeans_labels(X[:117], 4)[0], [4, 5, 6]])
    out.append(("singletons_n120_d3_k7", "4 blobs plus 3 clusters of one row", X, labels, None))
    # Duplicates: survey-like scores 1..5 in 2 and 3 features (many identical rows, some in different clusters).
    X = rng.randint(1, 6, size=(200, 2)).astype(float)
    out.append(("duplicates_n200_d2_k4", "scores 1..5: 25 distinct points, k-means labels", X,
                *kmeans_labels(X, 4)))
    X = rng.randint(1, 5, size=(150, 3)).astype(float)
    labels = rng.randint(0, 6, size=150)
    out.append(("duplicates_n150_d3_k6", "scores 1..4, random labels", X, labels, None))
    # Every cluster one repeated point: Calinski-Harabasz 1.0, Davies-Bouldin 0.0, silhouette 1.
    X = np.repeat([[1.0, 2.0], [4.0, -1.0], [0.5, 7.25]], 4, axis=0)
    out.append(("constant_clusters_n12_d2_k3", "3 points, each repeated 4 times and a cluster of its own", X,
                np.repeat([0, 1, 2], 4), None))
    # Coincident centroids: Davies-Bouldin 0.0 (all centroid distances 0), Calinski-Harabasz 0.0.
    X = np.array([[1, 0], [-1, 0], [2, 0], [-2, 0], [0, 1], [0, -1], [0, 3], [0, -3]], dtype=float)
    out.append(("coincident_centroids_n8_d2_k2", "two clusters around the same centre", X,
                np.array([0, 0, 0, 0, 1, 1, 1, 1]), None))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, description, X, labels, km in datasets():
        labels = np.asarray(labels, dtype=int)
        samples = silhouette_samples(X, labels)
        db = davies_bouldin_score(X, labels)
        check = np.max(np.abs(samples - direct_silhouette(X, labels)))
        check_db = abs(db - direct_davies_bouldin(X, labels))
        if check > 1e-12 or check_db > 1e-12 * max(1.0, abs(db)):
            sys.exit(f"{name}: scikit-learn differs from the direct computation by {check:.2e} / {check_db:.2e}")
        doc = {
            "name": name,
            "description": description,
            "generator": "tests/peer/make_metrics_expected.py",
            "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
            "x": X.tolist(),
            "labels": labels.tolist(),
            "silhouette_samples": samples.tolist(),
            "silhouette_score": float(silhouette_score(X, labels)),
            "davies_bouldin": float(db),
            "calinski_harabasz": float(calinski_harabasz_score(X, labels)),
            "wcss": wcss(X, labels),
        }
        if km is not None:
            doc["centers"] = km.cluster_centers_.tolist()
            doc["kmeans_inertia"] = float(km.inertia_)
        path = os.path.join(a.out, f"metrics_{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f)
        print(f"{path}: n={len(X)} d={X.shape[1]} k={len(np.unique(labels))} "
              f"silhouette={doc['silhouette_score']:.6f} (direct check {check:.1e})", file=sys.stderr)


if __name__ == "__main__":
    main()
