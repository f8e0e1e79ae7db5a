// Reads the first rows of the .npy files ../shared/bench/gen_data.py writes (format 1.0/2.0, little-endian,
// C order), so every benchmark runs on exactly the rows the Python peers load.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/FeatureMatrix.h"

namespace seg::bench {

// The first n rows and first `cols` columns of a C-ordered float64 matrix.
inline FeatureMatrix readNpyMatrix(const std::string& path, std::size_t n, std::size_t cols) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + " (run ../shared/bench/gen_data.py)");
    char magic[8];
    in.read(magic, 8);
    if (!in || std::memcmp(magic, "\x93NUMPY", 6) != 0) throw std::runtime_error("not a .npy file: " + path);
    std::size_t headerLen = 0;
    unsigned char b[4] = {0, 0, 0, 0};
    in.read(reinterpret_cast<char*>(b), magic[6] == 1 ? 2 : 4);
    headerLen =
        b[0] | (b[1] << 8) | (static_cast<std::size_t>(b[2]) << 16) | (static_cast<std::size_t>(b[3]) << 24);
    std::string header(headerLen, '\0');
    in.read(header.data(), static_cast<std::streamsize>(headerLen));
    if (header.find("'<f8'") == std::string::npos ||
        header.find("'fortran_order': False") == std::string::npos)
        throw std::runtime_error("expected C-ordered float64 in " + path);
    const auto shapeAt = header.find("'shape': (");
    std::size_t rows = 0, width = 0;
    if (shapeAt == std::string::npos ||
        std::sscanf(header.c_str() + shapeAt, "'shape': (%zu, %zu)", &rows, &width) != 2)
        throw std::runtime_error("expected a matrix in " + path);
    if (n > rows || cols > width)
        throw std::runtime_error("file has fewer rows or columns than asked: " + path);
    std::vector<double> line(width);
    FeatureMatrix x(n, cols);
    for (std::size_t i = 0; i < n; ++i) {
        in.read(reinterpret_cast<char*>(line.data()), static_cast<std::streamsize>(width * sizeof(double)));
        std::copy_n(line.data(), cols, x.row(i));
    }
    if (!in) throw std::runtime_error(path + ": truncated");
    return x;
}

}  // namespace seg::bench
