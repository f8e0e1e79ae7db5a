#!/usr/bin/python3
"""Expected Gaussian mixture fits for tests/core/tst_gaussianmixture.cpp, computed with scikit-learn.

Both sides start from the same parameters. SegmentLab's GmmParams::initialMeans labels every row with its
nearest starting mean and, like scikit-learn's _initialize, takes weights and covariances from those hard
labels (reg_covar on the diagonal) while the means are the starting means themselves. This script builds that
start with scikit-learn's own _estimate_gaussian_parameters and hands it to GaussianMixture as weights_init,
means_init and precisions_init. The starting means are a k-means solution (scikit-learn KMeans, n_init=1), or for slowStart2d shrunken
rows chosen to make EM work for its convergence.

Writes tests/data/peer/gmm_<name>_<covariance>.json.
  /usr/bin/python3 tests/peer/make_gmm_expected.py [--out tests/data/peer]
"""
import argparse
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.mixture import GaussianMixture
from sklearn.mixture._gaussian_mixture import _estimate_gaussian_parameters

REG = 1e-6


def datasets():
    X, _ = make_blobs(600, n_features=2, centers=3, cluster_std=[0.6, 1.0, 1.5], random_state=10)
    yield "blobs2d", X, 3
    X, _ = make_blobs(1500, n_features=5, centers=4, cluster_std=1.2, random_state=11)
    # Anisotropy, so full, diagonal and spherical fits differ.
    X = X @ np.random.default_rng(11).normal(size=(5, 5))
    yield "skewed5d", X, 4
    X, _ = make_blobs(3000, n_features=10, centers=6, cluster_std=1.5, random_state=12)
    yield "blobs10d", X, 6
    # Overlapping components: EM needs many iterations.
    X, _ = make_blobs(800, n_features=3, centers=[[0, 0, 0], [1.5, 0, 0], [0, 1.5, 0]], cluster_std=1.0,
                      random_state=13)
    yield "overlap3d", X, 3
    # Starting means on three adjacent rows of one side: dozens of EM iterations before the lower bound settles.
    X, _ = make_blobs(1000, n_features=2, centers=[[0, 0], [3, 0], [0, 3], [3, 3]], cluster_std=1.1,
                      random_state=14)
    yield "slowStart2d", X, 4
    # A fit that needs reg_covar: beside two round blobs, one component on a line (third feature constant) and
    # one on a single point, each blurred by a few 1e-6 steps only. Their covariances are singular to within
    # ~1e-12, so reg_covar (1e-6) sets their shape; without it they collapse and the likelihood runs away.
    rng = np.random.default_rng(15)
    a = rng.normal(size=(300, 3))
    b = rng.normal(size=(300, 3)) + [8, 0, 0]
    t = rng.uniform(-2, 2, size=150)
    blur = rng.integers(-2, 3, size=(150, 2)) * 1e-6
    line = np.column_stack([t, 8 + 0.7 * t + blur[:, 0], 4 + blur[:, 1]])
    point = np.array([0.0, -12.0, -6.0]) + rng.integers(-2, 3, size=(60, 3)) * 1e-6
    yield "degenerate3d", np.vstack([a, b, line, point]), 4


def start(X, means, cov_type):
    d2 = ((X[:, None, :] - means[None, :, :]) ** 2).sum(-1)
    labels = d2.argmin(1)
    resp = np.zeros((len(X), len(means)))
    resp[np.arange(len(X)), labels] = 1
    weights, _, cov = _estimate_gaussian_parameters(X, resp, REG, cov_type)
    weights /= len(X)
    precisions = np.array([np.linalg.inv(c) for c in cov]) if cov_type == "full" else 1.0 / cov
    return weights, precisions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, X, k in datasets():
        X = np.round(np.ascontiguousarray(X, dtype=float), 6)
        if name == "slowStart2d":
            means = X[np.argsort(X[:, 0])[:: len(X) // k][:k]] * 0.2
        else:
            means = np.round(KMeans(k, n_init=1, random_state=0).fit(X).cluster_centers_, 6)
        for cov_type in ("full", "diag", "spherical"):
            weights, precisions = start(X, means, cov_type)
            g = GaussianMixture(k, covariance_type=cov_type, tol=1e-3, reg_covar=REG, max_iter=100,
                                weights_init=weights, means_init=means, precisions_init=precisions).fit(X)
            doc = {
                "generator": f"tests/peer/make_gmm_expected.py, scikit-learn {sklearn.__version__}",
                "name": name, "covariance": cov_type, "k": k, "n": len(X), "d": X.shape[1],
                "data": X.ravel().tolist(), "initial_means": means.ravel().tolist(),
                "score": float(g.score(X)), "lower_bound": float(g.lower_bound_),
                "bic": float(g.bic(X)), "aic": float(g.aic(X)), "n_parameters": int(g._n_parameters()),
                "n_iter": int(g.n_iter_), "converged": bool(g.converged_),
                "weights": g.weights_.tolist(), "means": g.means_.ravel().tolist(),
                "labels": g.predict(X).tolist(),
                "score_samples": g.score_samples(X).tolist(),
                "predict_proba_head": g.predict_proba(X[:20]).ravel().tolist(),
            }
            path = os.path.join(a.out, f"gmm_{name}_{cov_type}.json")
            with open(path, "w") as f:
                json.dump(doc, f)
            print(f"{path}: score={doc['score']:.6f} n_iter={doc['n_iter']} converged={doc['converged']}")


if __name__ == "__main__":
    main()
