// Reading the peer-computed expectations in tests/data/peer/*.json (written by tests/peer/*.py): the file,
// matrices stored as arrays of rows, and plain arrays of numbers or labels.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <vector>

#include "common/FeatureMatrix.h"

namespace seg::test {

// The JSON object in `path`; a missing fixture stops the test run with its name.
inline QJsonObject loadJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing fixture %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// tests/data/peer/<prefix><name>.json
inline QJsonObject loadPeer(const QString& prefix, const QString& name) {
    return loadJson(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer/%1%2.json").arg(prefix, name));
}

// [[x11, x12, ...], [x21, ...], ...] as an n x d matrix.
inline FeatureMatrix matrixFromRows(const QJsonArray& rows) {
    const auto n = static_cast<std::size_t>(rows.size());
    const auto d = n ? static_cast<std::size_t>(rows.at(0).toArray().size()) : 0;
    FeatureMatrix m(n, d);
    for (std::size_t i = 0; i < n; ++i) {
        const QJsonArray r = rows.at(static_cast<qsizetype>(i)).toArray();
        for (std::size_t j = 0; j < d; ++j)
            m(i, j) = r.at(static_cast<qsizetype>(j)).toDouble();
    }
    return m;
}

inline std::vector<int> intsFrom(const QJsonArray& a) {
    std::vector<int> v;
    v.reserve(static_cast<std::size_t>(a.size()));
    for (const auto& x : a)
        v.push_back(x.toInt());
    return v;
}

inline std::vector<double> doublesFrom(const QJsonArray& a) {
    std::vector<double> v;
    v.reserve(static_cast<std::size_t>(a.size()));
    for (const auto& x : a)
        v.push_back(x.toDouble());
    return v;
}

}  // namespace seg::test
