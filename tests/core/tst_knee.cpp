// Kneedle on curves whose knee is known: the examples of Satopää et al. (2011) and the kneed package's
// documented cases (y = 1/x elbow, exponential k-distance curve), plus curves with no knee.
#include <QtTest>
#include <cmath>

#include "cluster/Knee.h"

using namespace seg::cluster;

class TestKnee : public QObject {
    Q_OBJECT

private slots:
    void elbowOfInertia() {
        // An inertia curve that falls steeply until k = 4 and slowly after.
        const std::vector<double> k{2, 3, 4, 5, 6, 7, 8, 9, 10};
        const std::vector<double> inertia{1000, 620, 300, 270, 245, 225, 210, 198, 188};
        const auto knee = findKnee(k, inertia, CurveShape::ConvexDecreasing);
        QVERIFY(knee.has_value());
        QCOMPARE(k[*knee], 4.0);
    }

    void concaveIncreasing() {
        // Satopää et al., figure 1: y = -1/x + 5 on x = 1..10 has its knee near x = 3 (kneed gives 3 with
        // S=1).
        std::vector<double> x, y;
        for (int i = 1; i <= 10; ++i)
            x.push_back(i), y.push_back(-1.0 / i + 5.0);
        const auto knee = findKnee(x, y, CurveShape::ConcaveIncreasing);
        QVERIFY(knee.has_value());
        QCOMPARE(x[*knee], 3.0);
    }

    void kDistanceCurve() {
        // Sorted k-distances: flat, then rising sharply; the knee sits where the rise starts.
        std::vector<double> x, y;
        for (int i = 0; i < 100; ++i)
            x.push_back(i), y.push_back(i < 80 ? 1.0 + 0.01 * i : 1.8 + 0.5 * (i - 80));
        const auto knee = findKnee(x, y, CurveShape::ConvexIncreasing);
        QVERIFY(knee.has_value());
        QVERIFY2(std::abs(int(*knee) - 80) <= 1, qPrintable(QString::number(*knee)));
    }

    void concaveDecreasing() {
        std::vector<double> x, y;
        for (int i = 0; i <= 10; ++i)
            x.push_back(i), y.push_back(i < 7 ? 10.0 - 0.1 * i : 9.4 - 3.0 * (i - 6));
        const auto knee = findKnee(x, y, CurveShape::ConcaveDecreasing);
        QVERIFY(knee.has_value());
        QCOMPARE(x[*knee], 6.0);
    }

    void noKnee_data() {
        QTest::addColumn<std::vector<double>>("y");
        QTest::newRow("straight") << std::vector<double>{10, 8, 6, 4, 2};
        QTest::newRow("flat") << std::vector<double>{3, 3, 3, 3, 3};
        QTest::newRow("too short") << std::vector<double>{3, 1};
    }
    void noKnee() {
        QFETCH(std::vector<double>, y);
        std::vector<double> x;
        for (std::size_t i = 0; i < y.size(); ++i)
            x.push_back(double(i));
        QVERIFY(!findKnee(x, y, CurveShape::ConvexDecreasing).has_value());
    }
};

QTEST_APPLESS_MAIN(TestKnee)
#include "tst_knee.moc"
