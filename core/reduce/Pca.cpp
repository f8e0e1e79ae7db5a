#include "reduce/Pca.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <string>

#include "common/Error.h"
#include "common/Parallel.h"

namespace seg::reduce {

namespace {

// Chunks define the summation order: their size depends on n only (never on the thread count), and their
// partials are reduced in chunk order. At most about kMaxChunks of them, so d x d partials stay small.
constexpr std::size_t kMinChunkRows = 4096;
constexpr std::size_t kMaxChunks = 64;
// Rows centred at a time inside a chunk (a cache-sized temporary).
constexpr std::size_t kBlockRows = 2048;

std::size_t chunkRows(std::size_t n) {
    return std::max(kMinChunkRows, (n + kMaxChunks - 1) / kMaxChunks);
}

using Matrix = Eigen::MatrixXd;

template <typename Fn>
void forEachChunk(std::size_t n, unsigned threads, const Progress& progress, Fn&& fn) {
    const std::size_t size = chunkRows(n);
    const std::size_t chunks = (n + size - 1) / size;
    parallelFor(
        chunks,
        [&](std::size_t begin, std::size_t end, unsigned block) {
            for (std::size_t c = begin; c < end; ++c) {
                fn(c, c * size, std::min(n, (c + 1) * size));
                if (block == 0) progress.report(static_cast<double>(c + 1 - begin) / (end - begin));
            }
        },
        threads, 2);
}

void project(const FeatureMatrix& x, const std::vector<double>& mean, const FeatureMatrix& components,
             FeatureMatrix& out, unsigned threads, const Progress& progress) {
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    const std::size_t c = components.rows();
    out = FeatureMatrix(n, c);
    const Eigen::Map<const Eigen::RowVectorXd> mu(mean.data(), static_cast<Eigen::Index>(d));
    const auto v = components.eigen();
    forEachChunk(n, threads, progress, [&](std::size_t, std::size_t begin, std::size_t end) {
        const auto rows = static_cast<Eigen::Index>(end - begin);
        const Eigen::Map<const RowMatrix> block(x.row(begin), rows, static_cast<Eigen::Index>(d));
        Eigen::Map<RowMatrix> dst(out.row(begin), rows, static_cast<Eigen::Index>(c));
        dst.noalias() = (block.rowwise() - mu) * v.transpose();
    });
}

}  // namespace

void PcaParams::validate(std::size_t n, std::size_t d) const {
    if (d == 0) throw Error(ErrorCode::NoFeatures, {});
    if (n < 2) throw Error(ErrorCode::TooFewRows, {.count = static_cast<std::int64_t>(n), .limit = 2});
    const std::size_t most = std::min(n, d);
    if (components < 0 || static_cast<std::size_t>(components) > most) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "components=" + std::to_string(components),
                                                  .count = components,
                                                  .limit = static_cast<std::int64_t>(most)});
    }
}

PcaResult fitPca(const FeatureMatrix& x, const PcaParams& params, const Progress& progress) {
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    params.validate(n, d);
    const std::size_t keep =
        params.components == 0 ? std::min(n, d) : static_cast<std::size_t>(params.components);
    const std::size_t chunks = (n + chunkRows(n) - 1) / chunkRows(n);
    const auto di = static_cast<Eigen::Index>(d);

    // Pass 1: the mean, summed as offsets from the first row (exact for constant features, and no loss for
    // features with a large offset); finite values checked on the way.
    const std::vector<double> first(x.row(0), x.row(0) + d);
    std::vector<double> partial(chunks * d, 0.0);
    std::vector<std::size_t> badRow(chunks, n);
    forEachChunk(n, params.threads, progress.sub(0.0, 0.3),
                 [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                     double* acc = partial.data() + chunk * d;
                     for (std::size_t i = begin; i < end; ++i) {
                         const double* r = x.row(i);
                         for (std::size_t j = 0; j < d; ++j)
                             acc[j] += r[j] - first[j];
                     }
                     double check = 0.0;
                     for (std::size_t j = 0; j < d; ++j)
                         check += acc[j] * 0.0;
                     if (check != 0.0)  // NaN: find the first bad row of this chunk
                         for (std::size_t i = begin; i < end && badRow[chunk] == n; ++i)
                             for (std::size_t j = 0; j < d; ++j)
                                 if (!std::isfinite(x(i, j))) badRow[chunk] = i;
                 });
    for (std::size_t chunk = 0; chunk < chunks; ++chunk)
        if (badRow[chunk] < n) {
            const std::size_t i = badRow[chunk];
            std::size_t j = 0;
            while (std::isfinite(x(i, j)))
                ++j;
            throw Error(ErrorCode::NonFiniteValue, {.detail = j < x.names.size() ? x.names[j] : std::string(),
                                                    .line = static_cast<std::int64_t>(i) + 1,
                                                    .column = static_cast<std::int64_t>(j) + 1});
        }
    PcaResult r;
    r.samples = n;
    r.mean.assign(d, 0.0);
    for (std::size_t chunk = 0; chunk < chunks; ++chunk)
        for (std::size_t j = 0; j < d; ++j)
            r.mean[j] += partial[chunk * d + j];
    for (std::size_t j = 0; j < d; ++j)
        r.mean[j] = first[j] + r.mean[j] / static_cast<double>(n);

    // Pass 2: the scatter matrix of the centred rows, one d x d partial (lower triangle) per chunk. A chunk
    // is centred in sub-blocks small enough to stay in cache.
    std::vector<Matrix> scatter(chunks);
    const Eigen::Map<const Eigen::RowVectorXd> mu(r.mean.data(), di);
    forEachChunk(n, params.threads, progress.sub(0.3, 0.8),
                 [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                     scatter[chunk] = Matrix::Zero(di, di);
                     RowMatrix centred;
                     for (std::size_t b = begin; b < end; b += kBlockRows) {
                         const auto rows = static_cast<Eigen::Index>(std::min(end, b + kBlockRows) - b);
                         centred = Eigen::Map<const RowMatrix>(x.row(b), rows, di).rowwise() - mu;
                         scatter[chunk].selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
                     }
                 });
    Matrix cov = Matrix::Zero(di, di);
    for (const Matrix& s : scatter)
        cov += s;
    cov /= static_cast<double>(n - 1);
    cov = cov.selfadjointView<Eigen::Lower>();

    const Eigen::SelfAdjointEigenSolver<Matrix> eig(cov);
    if (eig.info() != Eigen::Success)
        throw Error(ErrorCode::Internal, {.detail = "covariance eigendecomposition"});
    // Eigen sorts ascending; rounding can leave zero variances slightly negative.
    const std::size_t rank = std::min(n, d);
    std::vector<double> variance(rank);
    for (std::size_t c = 0; c < rank; ++c)
        variance[c] = std::max(0.0, eig.eigenvalues()(static_cast<Eigen::Index>(d - 1 - c)));
    for (double v : variance)
        r.totalVariance += v;

    r.components = FeatureMatrix(keep, d);
    r.loadings = FeatureMatrix(keep, d);
    for (std::size_t c = 0; c < keep; ++c) {
        const auto vec = eig.eigenvectors().col(static_cast<Eigen::Index>(d - 1 - c));
        std::size_t big = 0;
        for (std::size_t j = 1; j < d; ++j)
            if (std::abs(vec(static_cast<Eigen::Index>(j))) > std::abs(vec(static_cast<Eigen::Index>(big))))
                big = j;
        const double sign = vec(static_cast<Eigen::Index>(big)) < 0.0 ? -1.0 : 1.0;
        const double scale = std::sqrt(variance[c]);
        for (std::size_t j = 0; j < d; ++j) {
            r.components(c, j) = sign * vec(static_cast<Eigen::Index>(j));
            r.loadings(c, j) = r.components(c, j) * scale;
        }
        r.explainedVariance.push_back(variance[c]);
        r.explainedVarianceRatio.push_back(r.totalVariance > 0.0 ? variance[c] / r.totalVariance : 0.0);
        r.singularValues.push_back(std::sqrt(variance[c] * static_cast<double>(n - 1)));
    }
    if (params.project)
        project(x, r.mean, r.components, r.projection, params.threads, progress.sub(0.8, 1.0));
    progress.report(1.0);
    return r;
}

FeatureMatrix transform(const PcaResult& pca, const FeatureMatrix& x, unsigned threads) {
    if (pca.components.rows() == 0) throw Error(ErrorCode::NotFitted, {.detail = "pca"});
    if (x.cols() != pca.components.cols()) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "columns=" + std::to_string(x.cols()),
                                                  .count = static_cast<std::int64_t>(x.cols()),
                                                  .limit = static_cast<std::int64_t>(pca.components.cols())});
    }
    FeatureMatrix out;
    project(x, pca.mean, pca.components, out, threads, {});
    return out;
}

}  // namespace seg::reduce
