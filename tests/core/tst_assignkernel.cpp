// The k-means kernels (cluster/kmeans/AssignKernel.h) give bit-identical results on every instruction-set
// path this CPU runs: the same seed gives the same segments on every machine. Issue 10, item 10: GCC fused
// multiply-adds under target("avx512f"), and 5,000 x 3 integers 0-6 with k = 9 gave 81-4,160 differing
// labels between the AVX-512 and AVX2 paths for seeds 2, 3, 5 and 6.
#include <QtTest>
#include <bit>
#include <cstdint>
#include <random>

#include "cluster/KMeans.h"
#include "cluster/kmeans/AssignKernel.h"

using namespace seg;
using namespace seg::cluster;
using kmeans::KernelIsa;

namespace {

const char* isaName(KernelIsa isa) {
    switch (isa) {
        case KernelIsa::Sse2:
            return "sse2";
        case KernelIsa::Avx2:
            return "avx2";
        case KernelIsa::Avx512:
            return "avx512f";
    }
    return "?";
}

// 5,000 x 3 integers 0-6 (survey-like: many ties and near-ties between centres), unscaled.
FeatureMatrix smallIntegers() {
    std::mt19937_64 gen(20261203);
    FeatureMatrix x(5000, 3);
    for (std::size_t i = 0; i < x.rows(); ++i)
        for (std::size_t j = 0; j < x.cols(); ++j)
            x(i, j) = static_cast<double>(gen() % 7);
    return x;
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

}  // namespace

class TestAssignKernel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStringList names;
        for (KernelIsa isa : kmeans::supportedKernelIsas())
            names << isaName(isa);
        qInfo("instruction-set paths on this CPU: %s (default %s)", qPrintable(names.join(", ")),
              isaName(kmeans::kernelIsa()));
        m_default = kmeans::kernelIsa();
    }
    void cleanup() { kmeans::setKernelIsa(m_default); }

    void everyPathGivesTheSameBits_data() {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("seed");
        for (auto [name, algorithm] :
             {std::pair{"hamerly", KMeansAlgorithm::Hamerly}, std::pair{"lloyd", KMeansAlgorithm::Lloyd}})
            for (int seed = 1; seed <= 6; ++seed)
                QTest::addRow("%s seed %d", name, seed) << static_cast<int>(algorithm) << seed;
    }

    // Whole fits (k-means++ seeding by squaredDistancesTo, then the assignment kernel) on each path against
    // the SSE2 path, which every x86-64 CPU runs: labels, inertia and centres equal to the bit.
    void everyPathGivesTheSameBits() {
        QFETCH(int, algorithm);
        QFETCH(int, seed);
        const FeatureMatrix x = smallIntegers();
        KMeansParams params;
        params.k = 9;
        params.seed = static_cast<std::uint64_t>(seed);
        params.algorithm = static_cast<KMeansAlgorithm>(algorithm);

        kmeans::setKernelIsa(KernelIsa::Sse2);
        QCOMPARE(kmeans::kernelIsa(), KernelIsa::Sse2);
        const KMeansResult base = fitKMeans(x, params);
        for (KernelIsa isa : kmeans::supportedKernelIsas()) {
            kmeans::setKernelIsa(isa);
            QCOMPARE(kmeans::kernelIsa(), isa);
            const KMeansResult r = fitKMeans(x, params);
            std::size_t differing = 0;
            for (std::size_t i = 0; i < r.labels.size(); ++i)
                differing += r.labels[i] != base.labels[i];
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1: %2 of 5000 labels differ from sse2")
                                                    .arg(isaName(isa))
                                                    .arg(differing)));
            QVERIFY2(bits(r.inertia) == bits(base.inertia),
                     qPrintable(QStringLiteral("%1: inertia %2, sse2 %3")
                                    .arg(isaName(isa))
                                    .arg(r.inertia, 0, 'g', 17)
                                    .arg(base.inertia, 0, 'g', 17)));
            for (std::size_t c = 0; c < r.centers.rows(); ++c)
                for (std::size_t j = 0; j < r.centers.cols(); ++j)
                    QVERIFY(bits(r.centers(c, j)) == bits(base.centers(c, j)));
            QCOMPARE(r.nIter, base.nIter);
        }
    }

private:
    KernelIsa m_default = KernelIsa::Sse2;
};

QTEST_APPLESS_MAIN(TestAssignKernel)
#include "tst_assignkernel.moc"
