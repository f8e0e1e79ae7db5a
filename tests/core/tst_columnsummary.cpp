// summarize(): missing and distinct counts for every storage, range and mean for numbers and dates, and the
// histogram and skewness the feature list draws from.
#include <QtTest>
#include <cmath>

#include "data/ColumnSummary.h"
#include "prep/Pipeline.h"

using namespace seg::data;

class TestColumnSummary : public QObject {
    Q_OBJECT

private slots:
    void numbers() {
        const Column c = Column::numbers("x", {3.0, kMissing, 1.0, 3.0, 2.0});
        const ColumnSummary s = summarize(c);
        QCOMPARE(s.missing, std::size_t(1));
        QCOMPARE(s.distinct, std::size_t(3));
        QVERIFY(s.hasRange);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 3.0);
        QCOMPARE(s.mean, 2.25);
    }

    void histogramAndSkewness() {
        // 0..99 once each, then 95..99 nine more times: a long left tail, so negative skew.
        std::vector<double> values;
        for (int i = 0; i < 100; ++i)
            values.push_back(i);
        for (int r = 0; r < 9; ++r)
            for (int i = 95; i < 100; ++i)
                values.push_back(i);
        values.push_back(kMissing);
        const ColumnSummary s = summarize(Column::numbers("x", values));
        QCOMPARE(s.histogram.size(), kSummaryHistogramBins);
        std::size_t total = 0;
        for (std::size_t c : s.histogram)
            total += c;
        QCOMPARE(total, std::size_t(145));
        // Width 99/24 = 4.125: bin 0 holds 0..4, the last bin 95..99 (the maximum falls into it).
        QCOMPARE(s.histogram.front(), std::size_t(5));
        QCOMPARE(s.histogram.back(), std::size_t(50));
        QVERIFY2(std::fabs(s.skewness - seg::prep::skewness(values)) < 1e-12,
                 qPrintable(QString::number(s.skewness, 'g', 17) + " " +
                            QString::number(seg::prep::skewness(values), 'g', 17)));
        // scipy.stats.skew of the same values
        QVERIFY(std::fabs(s.skewness - -0.48375391120675176) < 1e-12);
        // scipy.stats.skew([0, 0, 0, 10]) = 1.1547005383792515
        QVERIFY(std::fabs(summarize(Column::numbers("y", {0, 0, 0, 10})).skewness - 1.1547005383792515) <
                1e-12);
        const ColumnSummary constant = summarize(Column::numbers("c", {7, 7, 7}));
        QVERIFY(constant.histogram.empty());
        QCOMPARE(constant.skewness, 0.0);
    }

    void subnormalsAndNegativeZero() {
        // A width of 1e-310 overflowed bins / width to infinity, and the bin index became inf or NaN
        // converted to an integer (undefined; on x86 every value landed in bin 0).
        const ColumnSummary s = summarize(Column::numbers("tiny", {4.9e-324, -0.0, 0.0, 1e-310}));
        QVERIFY(s.hasRange);
        QCOMPARE(s.distinct, std::size_t(3));
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 1e-310);
        QVERIFY(std::isfinite(s.mean));
        QVERIFY(s.mean >= 0.0 && s.mean <= 1e-310);
        QVERIFY(std::isfinite(s.skewness));
        QCOMPARE(s.histogram.size(), kSummaryHistogramBins);
        std::size_t total = 0;
        for (std::size_t c : s.histogram)
            total += c;
        QCOMPARE(total, std::size_t(4));
        // -0.0, 0.0 and 4.9e-324 (5e-14 of the width) in the first bin, the maximum in the last.
        QCOMPARE(s.histogram.front(), std::size_t(3));
        QCOMPARE(s.histogram.back(), std::size_t(1));
    }

    void strings() {
        const Column c = Column::strings("g", {0, 1, kMissingCode, 0, kMissingCode}, {"a", "b", "unused"});
        const ColumnSummary s = summarize(c);
        QCOMPARE(s.missing, std::size_t(2));
        QCOMPARE(s.distinct, std::size_t(2));  // a level no row uses is not counted
        QVERIFY(!s.hasRange);
    }

    void allMissing() {
        const ColumnSummary s = summarize(Column::numbers("x", {kMissing, kMissing}));
        QCOMPARE(s.missing, std::size_t(2));
        QCOMPARE(s.distinct, std::size_t(0));
        QVERIFY(!s.hasRange);
    }

    void meanIsAccurate() {
        // 1e6 copies of 0.1 plus one huge value and its negative: naive summation drifts, compensated does
        // not.
        std::vector<double> v(1'000'000, 0.1);
        v.push_back(1e16);
        v.push_back(-1e16);
        const ColumnSummary s = summarize(Column::numbers("x", std::move(v)));
        QVERIFY(std::fabs(s.mean - 0.1 * 1e6 / 1000002.0) < 1e-12);
    }

    void dates() {
        const ColumnSummary s = summarize(Column::numbers("d", {19000.0, 19010.5}, ColumnType::Date));
        QCOMPARE(s.type, ColumnType::Date);
        QCOMPARE(s.min, 19000.0);
        QCOMPARE(s.max, 19010.5);
    }

    void table() {
        Table t;
        t.addColumn(Column::numbers("a", {1, 2}));
        t.addColumn(Column::strings("b", {0, 0}, {"x"}));
        int calls = 0;
        const auto all = summarize(t, seg::Progress([&](double) { return ++calls > 0; }));
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[1].name, std::string("b"));
        QVERIFY(calls >= 1);
    }
};

QTEST_APPLESS_MAIN(TestColumnSummary)
#include "tst_columnsummary.moc"
