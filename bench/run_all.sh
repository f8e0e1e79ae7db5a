#!/usr/bin/env bash
# Runs every benchmark against its peer on this machine, one after another, and saves each one's output in
# bench/out/. Usage: bash bench/run_all.sh [BUILD_DIR]   (default: build, as packaging/quickstart.sh makes it)
# Peers (Debian): python3-pandas python3-openpyxl python3-sklearn python3-scipy python3-fastcluster, with OpenBLAS.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
out="$here/out"
mkdir -p "$out"
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread
py=/usr/bin/python3
cmake --build "$build" --target bench_csv bench_xlsx bench_kmeans bench_metrics bench_dbscan_gmm bench_hierarchical
run() {
    local name=$1
    shift
    echo "==> $name: $*"
    "$@" | tee "$out/$name.txt"
}
run csv $py "$here/bench_csv.py" --exe "$build/bench/bench_csv"
run xlsx $py "$here/bench_xlsx.py" --build "$build"
run kmeans $py "$here/bench_kmeans.py" --build "$build"
run metrics $py "$here/bench_metrics.py" --bin "$build/bench/bench_metrics"
run dbscan_gmm $py "$here/bench_dbscan_gmm.py" --build "$build"
run hierarchical $py "$here/bench_hierarchical.py" --build "$build"
