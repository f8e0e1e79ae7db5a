#include "common/FeatureMatrix.h"

#include <cmath>

#include "common/Error.h"

namespace seg {

void requireFinite(const FeatureMatrix& x) {
    const double* v = x.data();
    const std::size_t total = x.rows() * x.cols();
    for (std::size_t t = 0; t < total; ++t) {
        if (std::isfinite(v[t])) continue;
        const std::size_t row = t / x.cols();
        const std::size_t col = t % x.cols();
        throw Error(ErrorCode::NonFiniteValue,
                    {.detail = col < x.names.size() ? x.names[col] : std::to_string(col + 1),
                     .line = static_cast<std::int64_t>(row + 1),
                     .column = static_cast<std::int64_t>(col + 1)});
    }
}

}  // namespace seg
