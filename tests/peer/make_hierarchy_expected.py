#!/usr/bin/python3
"""Expected hierarchical-clustering results for tests/core/tst_hierarchical.cpp, computed with Debian's
python3-scipy (scipy.cluster.hierarchy) and cross-checked with python3-fastcluster.

Run: /usr/bin/python3 tests/peer/make_hierarchy_expected.py
Writes tests/data/peer/hierarchy_{random,ties,scipy,identical}.json. Each data set holds its points X and, per
linkage method, SciPy's linkage matrix (linkage(X, method, metric='euclidean')), fcluster labels ('maxclust' for a
few k, 'distance' for a few heights; 0-based), leaves_list, and whether fastcluster (linkage, and linkage_vector
where it exists) gives the same matrix -- on tie data it often does not, which is why SciPy is the reference. `has_ties` says whether two pairwise distances
are exactly equal (then tie-breaking decides the merge order, and the test compares sorted heights).
The SciPy test points (X, Q_X and the three-point tie case) are SciPy's own hierarchy test inputs
(scipy/cluster/hierarchy/tests/hierarchy_test_data.py, BSD-3-Clause), embedded here.
"""
import json
import os

import fastcluster
import numpy as np
import scipy
from scipy.cluster import hierarchy
from scipy.spatial.distance import pdist

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "data", "peer")
METHODS = ["ward", "complete", "average", "single", "weighted", "centroid", "median"]
KS = [2, 3, 5, 8]

SCIPY_X = [[1.43054825, -7.5693489], [6.95887839, 6.82293382], [2.87137846, -9.68248579],
           [7.87974764, -6.05485803], [8.24018364, -6.09495602], [7.39020262, 8.54004355]]
SCIPY_Q_X = [
    [0.52656366, 0.31416019, 0.080065637], [0.75020518, 0.46029983, 0.89869646],
    [0.66546123, 0.69401142, 0.9104657], [0.96404759, 0.001430822, 0.73987422],
    [0.10815906, 0.55302879, 0.066380478], [0.93135913, 0.82542491, 0.95231544],
    [0.67808696, 0.34190397, 0.56148195], [0.98273094, 0.70460521, 0.087097863],
    [0.61469161, 0.046998923, 0.60240645], [0.58016126, 0.91735497, 0.58816385],
    [1.3824631, 1.9635816, 1.9443788], [2.1067586, 1.6714873, 1.3485448],
    [1.3988007, 1.6614205, 1.3222455], [1.7141046, 1.4917638, 1.4543217],
    [1.5410234, 1.8437495, 1.6465895], [2.0851248, 1.8452435, 2.1734085],
    [1.3074874, 1.5380165, 2.1600774], [1.414477, 1.9932907, 1.9910742],
    [1.6194349, 1.4770328, 1.8978816], [1.598806, 1.5498898, 1.5756335],
    [3.3724738, 2.6963531, 3.399817], [3.1370512, 3.3652809, 3.0608907],
    [3.2941325, 3.196195, 2.9070017], [2.6551051, 3.067859, 2.9719854],
    [3.3094104, 2.5928397, 2.5771411], [2.5955722, 3.3347737, 3.0879319],
    [2.5820618, 3.4161567, 3.2644199], [2.71127, 2.7703245, 2.634665],
    [2.7961785, 3.2547372, 3.4180156], [2.6474175, 2.5453804, 3.2535411]]
SCIPY_TIES = [[-1.0, -1.0], [0.0, 0.0], [1.0, 1.0]]


def same(a, b):
    return a.shape == b.shape and np.array_equal(a[:, [0, 1, 3]], b[:, [0, 1, 3]]) and np.allclose(
        a[:, 2], b[:, 2], rtol=1e-9, atol=0)


def entry(name, X):
    X = np.ascontiguousarray(X, dtype=np.float64)
    d = pdist(X)
    out = {"name": name, "n": int(X.shape[0]), "d": int(X.shape[1]), "X": X.tolist(),
           "has_ties": bool(len(np.unique(d)) < len(d)), "methods": {}}
    for m in METHODS:
        Z = hierarchy.linkage(X, method=m, metric="euclidean")
        fc = fastcluster.linkage(X, method=m, metric="euclidean")
        rec = {"linkage": Z.tolist(), "leaves": hierarchy.leaves_list(Z).tolist(),
               "fastcluster_same": bool(same(Z, fc)),
               "fastcluster_same_sorted_heights": bool(np.allclose(np.sort(Z[:, 2]), np.sort(fc[:, 2]),
                                                                   rtol=1e-9, atol=0)),
               "fcluster_maxclust": {}}
        if m in ("ward", "single", "centroid", "median"):
            fv = fastcluster.linkage_vector(X, method=m)
            rec["fastcluster_vector_same"] = bool(same(Z, fv))
            rec["fastcluster_vector_same_sorted_heights"] = bool(
                np.allclose(np.sort(Z[:, 2]), np.sort(fv[:, 2]), rtol=1e-9, atol=0))
        for k in KS:
            if k < X.shape[0]:
                rec["fcluster_maxclust"][str(k)] = (hierarchy.fcluster(Z, k, criterion="maxclust") - 1).tolist()
        # Cuts by height halfway between distinct subtree heights (a cut exactly at a height is a tie by design).
        md = np.unique(hierarchy.maxdists(Z))
        rec["fcluster_distance"] = []
        for q in (0.25, 0.5, 0.9):
            if len(md) >= 2:
                i = min(int(q * (len(md) - 1)), len(md) - 2)
                t = float(0.5 * (md[i] + md[i + 1]))
                rec["fcluster_distance"].append(
                    {"t": t, "labels": (hierarchy.fcluster(Z, t, criterion="distance") - 1).tolist()})
        out["methods"][m] = rec
    return out


def write(name, datasets):
    doc = {"generator": "tests/peer/make_hierarchy_expected.py",
           "versions": {"scipy": scipy.__version__, "fastcluster": fastcluster.__version__,
                        "numpy": np.__version__},
           "datasets": datasets}
    path = os.path.join(OUT, f"hierarchy_{name}.json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"{path}: {len(datasets)} data sets")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20240611)
    random_sets = []
    for n, d in [(10, 1), (17, 2), (40, 3), (75, 2), (120, 5), (200, 8), (350, 4), (500, 6)]:
        # Mixture of blobs with unequal spread, so merges happen at very different heights.
        centres = rng.normal(0, 5, size=(4, d))
        X = centres[rng.integers(0, 4, size=n)] + rng.normal(0, 1, size=(n, d)) * rng.uniform(0.3, 2.0)
        random_sets.append(entry(f"random_n{n}_d{d}", X))
    write("random", random_sets)

    ties_sets = []
    for n, d, hi in [(30, 1, 6), (60, 2, 4), (120, 2, 6), (150, 3, 3), (200, 4, 2)]:
        X = rng.integers(0, hi, size=(n, d)).astype(np.float64)  # a small grid: many ties and duplicates
        ties_sets.append(entry(f"grid_n{n}_d{d}_{hi}", X))
    base = rng.normal(0, 3, size=(12, 3))
    ties_sets.append(entry("duplicates_n90_d3", base[rng.integers(0, 12, size=90)]))  # every point repeated
    write("ties", ties_sets)

    write("scipy", [entry("scipy_X", SCIPY_X), entry("scipy_Q_X", SCIPY_Q_X), entry("scipy_ties", SCIPY_TIES)])
    write("identical", [entry("identical_n25_d3", np.tile([[1.5, -2.0, 7.25]], (25, 1))),
                        entry("one_feature_n2", [[3.0], [-1.0]])])


if __name__ == "__main__":
    main()
