#include "metrics/ClusterStats.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "common/Error.h"
#include "common/Parallel.h"

namespace seg::metrics {

namespace {

// Rows per chunk. Chunks, not threads, define the summation order, so any thread count gives the same bits.
constexpr std::size_t kChunkRows = 8192;
// Chunks per thread before it is worth starting threads.
constexpr std::size_t kMinChunksPerBlock = 4;

std::size_t chunkCount(std::size_t n) {
    return (n + kChunkRows - 1) / kChunkRows;
}

// Runs fn(chunk) over all chunks in parallel; only the calling thread (block 0) reports progress, because
// progress callbacks are not thread-safe, and its share of the work is representative.
template <typename Fn>
void forEachChunk(std::size_t n, const Progress& progress, Fn&& fn) {
    const std::size_t chunks = chunkCount(n);
    parallelFor(
        chunks,
        [&](std::size_t begin, std::size_t end, unsigned block) {
            for (std::size_t c = begin; c < end; ++c) {
                fn(c, c * kChunkRows, std::min(n, (c + 1) * kChunkRows));
                if (block == 0) progress.report(static_cast<double>(c + 1 - begin) / (end - begin));
            }
        },
        0, kMinChunksPerBlock);
}

}  // namespace

LabelIndex encodeLabels(const std::vector<int>& labels, std::size_t rows) {
    if (labels.size() != rows) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "labels=" + std::to_string(labels.size()),
                                                  .count = static_cast<std::int64_t>(labels.size()),
                                                  .limit = static_cast<std::int64_t>(rows)});
    }
    LabelIndex index;
    int maxValue = -1;
    for (int v : labels)
        maxValue = std::max(maxValue, v);
    // Dense lookup when label values are small (the usual 0..k-1), sort and binary search otherwise.
    std::vector<int> lookup;
    if (maxValue >= 0 && static_cast<std::size_t>(maxValue) < 4 * rows + 1024) {
        std::vector<char> present(static_cast<std::size_t>(maxValue) + 1, 0);
        for (int v : labels)
            if (v >= 0) present[static_cast<std::size_t>(v)] = 1;
        lookup.assign(present.size(), -1);
        for (std::size_t v = 0; v < lookup.size(); ++v)
            if (present[v]) {
                lookup[v] = static_cast<int>(index.values.size());
                index.values.push_back(static_cast<int>(v));
            }
    } else {
        for (int v : labels)
            if (v >= 0) index.values.push_back(v);
        std::sort(index.values.begin(), index.values.end());
        index.values.erase(std::unique(index.values.begin(), index.values.end()), index.values.end());
    }
    const std::size_t k = index.values.size();

    index.code.resize(rows);
    index.counts.assign(k, 0);
    index.firstRow.assign(k, 0);
    for (std::size_t i = 0; i < rows; ++i) {
        const int v = labels[i];
        int c = -1;
        if (v >= 0) {
            c = !lookup.empty()
                    ? lookup[static_cast<std::size_t>(v)]
                    : static_cast<int>(std::lower_bound(index.values.begin(), index.values.end(), v) -
                                       index.values.begin());
            if (index.counts[static_cast<std::size_t>(c)]++ == 0)
                index.firstRow[static_cast<std::size_t>(c)] = i;
            ++index.used;
        }
        index.code[i] = c;
    }
    return index;
}

void checkClusterCount(int clusters, std::size_t rows) {
    if (clusters < 2 || static_cast<std::size_t>(clusters) >= rows) {
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "clusters=" + std::to_string(clusters),
                     .count = clusters,
                     .limit = clusters < 2 ? 2 : static_cast<std::int64_t>(rows) - 1});
    }
}

void checkFinite(const FeatureMatrix& x, const LabelIndex& index) {
    const std::size_t d = x.cols();
    for (std::size_t i = 0; i < x.rows(); ++i) {
        if (index.code[i] < 0) continue;
        const double* r = x.row(i);
        double s = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            s += r[j] * 0.0;  // NaN if any value is NaN or infinite, 0 otherwise: one branch per row
        if (s == 0.0) continue;
        for (std::size_t j = 0; j < d; ++j)
            if (!std::isfinite(r[j])) {
                throw Error(ErrorCode::NonFiniteValue,
                            {.detail = j < x.names.size() ? x.names[j] : std::string(),
                             .line = static_cast<std::int64_t>(i) + 1,
                             .column = static_cast<std::int64_t>(j) + 1});
            }
    }
}

ClusterStats computeClusterStats(const FeatureMatrix& x, const std::vector<int>& labels,
                                 const Progress& progress, bool checkCount) {
    ClusterStats s;
    s.index = encodeLabels(labels, x.rows());
    if (x.cols() == 0) throw Error(ErrorCode::NoFeatures, {});
    if (checkCount) {
        checkClusterCount(s.index.clusters(), s.index.used);
    } else if (s.index.used == 0) {
        throw Error(ErrorCode::TooFewRows, {.count = 0, .limit = 1});
    }
    checkFinite(x, s.index);

    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    const std::size_t k = static_cast<std::size_t>(s.index.clusters());
    const std::size_t chunks = chunkCount(n);
    const int* code = s.index.code.data();

    // Pass 1: per-chunk sums of (x - first row of the cluster).
    FeatureMatrix ref(k, d);
    for (std::size_t c = 0; c < k; ++c)
        std::copy_n(x.row(s.index.firstRow[c]), d, ref.row(c));
    std::vector<double> sums(chunks * k * d, 0.0);
    forEachChunk(n, progress.sub(0.0, 0.5), [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        double* acc = sums.data() + chunk * k * d;
        for (std::size_t i = begin; i < end; ++i) {
            const int c = code[i];
            if (c < 0) continue;
            const double* r = x.row(i);
            const double* o = ref.row(static_cast<std::size_t>(c));
            double* a = acc + static_cast<std::size_t>(c) * d;
            for (std::size_t j = 0; j < d; ++j)
                a[j] += r[j] - o[j];
        }
    });
    s.centroids = FeatureMatrix(k, d);
    s.mean.assign(d, 0.0);
    for (std::size_t c = 0; c < k; ++c) {
        double* m = s.centroids.row(c);
        for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
            const double* a = sums.data() + (chunk * k + c) * d;
            for (std::size_t j = 0; j < d; ++j)
                m[j] += a[j];
        }
        const double count = static_cast<double>(s.index.counts[c]);
        for (std::size_t j = 0; j < d; ++j) {
            m[j] = ref(c, j) + m[j] / count;
            s.mean[j] += count * m[j];
        }
    }
    for (std::size_t j = 0; j < d; ++j)
        s.mean[j] /= static_cast<double>(s.index.used);

    // Pass 2: per-chunk sums of squared and plain distances to the centroids.
    std::vector<double> dev(chunks * k * 2, 0.0);
    forEachChunk(n, progress.sub(0.5, 1.0), [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        double* acc = dev.data() + chunk * k * 2;
        for (std::size_t i = begin; i < end; ++i) {
            const int c = code[i];
            if (c < 0) continue;
            const double* r = x.row(i);
            const double* m = s.centroids.row(static_cast<std::size_t>(c));
            double sq = 0.0;
            for (std::size_t j = 0; j < d; ++j) {
                const double t = r[j] - m[j];
                sq += t * t;
            }
            acc[2 * c] += sq;
            acc[2 * c + 1] += std::sqrt(sq);
        }
    });
    s.squaredDeviation.assign(k, 0.0);
    s.meanDistance.assign(k, 0.0);
    for (std::size_t chunk = 0; chunk < chunks; ++chunk)
        for (std::size_t c = 0; c < k; ++c) {
            s.squaredDeviation[c] += dev[(chunk * k + c) * 2];
            s.meanDistance[c] += dev[(chunk * k + c) * 2 + 1];
        }
    for (std::size_t c = 0; c < k; ++c)
        s.meanDistance[c] /= static_cast<double>(s.index.counts[c]);
    return s;
}

}  // namespace seg::metrics
