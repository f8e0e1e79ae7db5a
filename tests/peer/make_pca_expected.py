#!/usr/bin/python3
"""Expected PCA results for tests/core/tst_pca.cpp, from Debian's python3-sklearn (scikit-learn 1.2):
PCA(svd_solver="full") fitted on each data set: mean_, explained_variance_, explained_variance_ratio_,
singular_values_, components_ (compared up to each component's sign: scikit-learn fixes signs from U,
SegmentLab from the loadings) and transform() of the fitted rows and of a few new rows.
Writes tests/data/peer/pca_<name>.json.

Usage: /usr/bin/python3 tests/peer/make_pca_expected.py [--out tests/data/peer]
"""
import argparse
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import make_blobs
from sklearn.decomposition import PCA


def datasets():
    rng = np.random.RandomState(20240612)
    out = []
    A = rng.randn(5, 5) * np.array([3.0, 2.0, 1.0, 0.5, 0.2])[:, None]
    out.append(("correlated_n500_d5", "correlated Gaussian features with distinct variances",
                rng.randn(500, 5) @ A + np.array([10.0, -3.0, 0.5, 100.0, 0.0])))
    X, _ = make_blobs(n_samples=300, n_features=10, centers=6, cluster_std=1.5, random_state=8)
    out.append(("blobs_n300_d10", "6 blobs in 10 features", X))
    X = rng.randn(200, 4) @ rng.randn(4, 4)
    X[:, 2] = 3.5
    out.append(("constant_feature_n200_d4", "feature 3 is constant (zero variance)", X))
    out.append(("one_feature_n100_d1", "a single feature", rng.gamma(2.0, 3.0, size=(100, 1))))
    out.append(("wide_n5_d8", "fewer rows than features: 5 components, the last of zero variance",
                rng.randn(5, 8)))
    income = rng.normal(55.0, 20.0, 400)
    age = 25 + 0.4 * income + rng.normal(0, 8.0, 400)
    spend = 300 + 12.0 * income + rng.normal(0, 250.0, 400)
    out.append(("units_n400_d3", "unscaled customer features: income (k$), age, spend",
                np.column_stack([income, age, spend])))
    out.append(("two_rows_n2_d3", "the minimum: two rows", np.array([[1.0, 2.0, 3.0], [4.0, 0.0, -1.0]])))
    return out, rng


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peer"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    sets, rng = datasets()
    for name, description, X in sets:
        pca = PCA(svd_solver="full").fit(X)
        new_rows = X.mean(axis=0) + rng.randn(4, X.shape[1]) * X.std(axis=0)
        doc = {
            "name": name,
            "description": description,
            "generator": "tests/peer/make_pca_expected.py",
            "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
            "x": X.tolist(),
            "mean": pca.mean_.tolist(),
            "explained_variance": pca.explained_variance_.tolist(),
            "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
            "singular_values": pca.singular_values_.tolist(),
            "components": pca.components_.tolist(),
            "transform": pca.transform(X).tolist(),
            "new_rows": new_rows.tolist(),
            "transform_new_rows": pca.transform(new_rows).tolist(),
        }
        path = os.path.join(a.out, f"pca_{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f)
        print(f"{path}: n={X.shape[0]} d={X.shape[1]} ratios={np.round(pca.explained_variance_ratio_, 4)}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
