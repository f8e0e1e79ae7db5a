#!/usr/bin/env bash
# SegmentLab quick start for Debian 12, as root (or with sudo for the package step):
#   bash packaging/quickstart.sh run    install what is missing, build, open SegmentLab on the sample data
#   bash packaging/quickstart.sh test   install what is missing, build, run the whole test suite
# Environment: BUILD_DIR (default build), JOBS (default: all cores), SEGMENTLAB_SKIP_FUZZ=1 skips the fuzzers.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

# Everything comes from Debian 12's own archive.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 libqt6opengl6-dev libgl-dev
    libquazip1-qt6-dev zlib1g-dev libeigen3-dev libarmadillo-dev libopenblas-dev libnanoflann-dev
    fonts-dejavu-core
)
test_packages=(clang libclang-rt-14-dev libreoffice-calc poppler-utils)

usage() {
    echo "usage: bash packaging/quickstart.sh run|test" >&2
    exit 2
}

install_missing() {
    local wanted=("$@") missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "==> Installing from Debian: ${missing[*]}"
        local sudo=()
        [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    echo "==> Building SegmentLab (Release) in $build"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTLAB_BUILD_TESTS="$1" >/dev/null
    cmake --build "$build" -j "$jobs"
}

run_fuzzers() {
    # libFuzzer needs clang: a second, sanitised build of the core and the fuzz targets only.
    local fuzz_build="$build-fuzz"
    echo "==> Building the fuzz targets (clang, libFuzzer + ASan/UBSan) in $fuzz_build"
    CC=clang CXX=clang++ cmake -S . -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSEGMENTLAB_BUILD_FUZZERS=ON -DSEGMENTLAB_BUILD_BENCH=OFF >/dev/null
    cmake --build "$fuzz_build" -j "$jobs" --target fuzzers
    (cd "$fuzz_build" && ctest -L fuzz --output-on-failure)
}

case "$mode" in
    run)
        install_missing "${packages[@]}"
        configure_and_build OFF
        sample="$here/resources/sample/customers.csv"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            shots="$here/$build/screenshots"
            echo "==> No display here: SegmentLab opens the sample off screen, finds segments and saves pictures of its window and charts in $shots"
            QT_QPA_PLATFORM=offscreen "$build/app/segmentlab" --open "$sample" --screenshot-dir "$shots"
            ls "$shots"
        else
            echo "==> Opening SegmentLab on the sample data"
            exec "$build/app/segmentlab" "$sample"
        fi
        ;;
    test)
        install_missing "${packages[@]}" "${test_packages[@]}"
        configure_and_build ON
        echo "==> Running the test suite"
        (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" -LE fuzz)
        if [ "${SEGMENTLAB_SKIP_FUZZ:-0}" != 1 ]; then run_fuzzers; fi
        ;;
    *) usage ;;
esac
