// The preparation pipeline against scikit-learn's imputers and scalers (tests/peer/make_prep_expected.py),
// and its edge cases: excluded columns, bad choices, log of negatives, re-applying to new rows.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

#include "common/Error.h"
#include "prep/Pipeline.h"

using namespace seg;
using namespace seg::data;
using namespace seg::prep;

namespace {

Table tableFromJson(const QJsonObject& columns) {
    Table t;
    for (const QString& name : {QStringLiteral("income"), QStringLiteral("age"), QStringLiteral("visits"),
                                QStringLiteral("spend"), QStringLiteral("region")}) {
        const QJsonArray values = columns.value(name).toArray();
        if (name == QLatin1String("region")) {
            std::vector<std::int32_t> codes;
            std::vector<std::string> levels;
            for (const auto& v : values) {
                if (v.isNull()) {
                    codes.push_back(kMissingCode);
                    continue;
                }
                const std::string s = v.toString().toStdString();
                auto it = std::find(levels.begin(), levels.end(), s);
                if (it == levels.end()) it = levels.insert(levels.end(), s);
                codes.push_back(static_cast<std::int32_t>(it - levels.begin()));
            }
            t.addColumn(Column::strings(name.toStdString(), std::move(codes), std::move(levels)));
        } else {
            std::vector<double> v;
            for (const auto& x : values)
                v.push_back(x.isNull() ? kMissing : x.toDouble());
            t.addColumn(Column::numbers(name.toStdString(), std::move(v)));
        }
    }
    return t;
}

std::vector<std::string> strings(const QJsonArray& a) {
    std::vector<std::string> out;
    for (const auto& v : a)
        out.push_back(v.toString().toStdString());
    return out;
}

Table smallTable() {
    Table t;
    t.addColumn(Column::strings("id", {0, 1, 2, 3}, {"a", "b", "c", "d"}, ColumnType::Id));
    t.addColumn(Column::numbers("x", {1, 2, 3, 4}));
    t.addColumn(Column::numbers("same", {5, 5, 5, 5}));
    t.addColumn(Column::numbers("empty", {kMissing, kMissing, kMissing, kMissing}));
    t.addColumn(Column::numbers("neg", {-3, 0, 1, 2}));
    t.addColumn(Column::strings("note", {0, 1, 2, 3}, {"p", "q", "r", "s"}, ColumnType::Text));
    return t;
}

}  // namespace

class TestPipeline : public QObject {
    Q_OBJECT

    QJsonObject m_peer;
    Table m_table;

private slots:
    void initTestCase() {
        QFile f(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer/prep_cases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_peer = QJsonDocument::fromJson(f.readAll()).object();
        m_table = tableFromJson(m_peer.value(QStringLiteral("columns")).toObject());
        QCOMPARE(m_table.columnCount(), std::size_t(5));
    }

    void matchesScikitLearn_data() {
        QTest::addColumn<QJsonObject>("spec");
        for (const auto& c : m_peer.value(QStringLiteral("cases")).toArray())
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }
    void matchesScikitLearn() {
        QFETCH(QJsonObject, spec);
        PrepParams p;
        p.features = strings(spec.value(QStringLiteral("features")).toArray());
        QVERIFY(
            parseMissingPolicy(spec.value(QStringLiteral("missing")).toString().toStdString(), p.missing));
        QVERIFY(parseScaling(spec.value(QStringLiteral("scaling")).toString().toStdString(), p.scaling));
        p.log1p = strings(spec.value(QStringLiteral("log1p")).toArray());
        const QJsonArray winsor = spec.value(QStringLiteral("winsor")).toArray();
        if (!winsor.isEmpty()) p.winsorLow = winsor[0].toDouble(), p.winsorHigh = winsor[1].toDouble();
        if (spec.contains(QStringLiteral("max_levels")))
            p.maxLevels = static_cast<std::size_t>(spec.value(QStringLiteral("max_levels")).toInt());
        const QJsonObject weights = spec.value(QStringLiteral("weights")).toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it)
            p.weights[it.key().toStdString()] = it.value().toDouble();

        const PrepResult r = fitPipeline(m_table, p);
        const QJsonArray rows = spec.value(QStringLiteral("rows")).toArray();
        const QJsonArray expected = spec.value(QStringLiteral("expected")).toArray();
        QCOMPARE(r.data.x.rows(), std::size_t(expected.size()));
        QCOMPARE(r.data.rows.size(), std::size_t(rows.size()));
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(r.data.rows[std::size_t(i)], std::size_t(rows[i].toInt()));
        QCOMPARE(r.pipeline.outputNames(), strings(spec.value(QStringLiteral("names")).toArray()));
        double worst = 0.0;
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonArray row = expected[i].toArray();
            QCOMPARE(r.data.x.cols(), std::size_t(row.size()));
            for (int j = 0; j < row.size(); ++j) {
                const double want = row[j].toDouble();
                const double got = r.data.x(std::size_t(i), std::size_t(j));
                worst = std::max(worst, std::fabs(got - want) / std::max(1.0, std::fabs(want)));
            }
        }
        QVERIFY2(worst <= 1e-12, qPrintable(QStringLiteral("worst relative difference %1").arg(worst)));
        QCOMPARE(r.data.rowsDropped, m_table.rowCount() - std::size_t(rows.size()));

        // The fitted pipeline applied again to the same table gives the same matrix (scoring new customers).
        const PreparedData again = r.pipeline.apply(m_table);
        QCOMPARE(again.x.values(), r.data.x.values());
    }

    void defaultFeaturesAreNumericColumns() {
        const PrepResult r = fitPipeline(m_table, {});
        QCOMPARE(r.pipeline.outputNames(), (std::vector<std::string>{"income", "age", "visits", "spend"}));
    }

    void suggestsLogForSkewedSpend() {
        PrepParams p;
        p.features = {"spend", "age"};
        const PrepResult r = fitPipeline(m_table, p);
        QCOMPARE(r.suggestions.size(), std::size_t(1));
        QCOMPARE(r.suggestions[0].column, std::string("spend"));
        QVERIFY(r.suggestions[0].skewness > 1.0);
        p.log1p = {"spend"};
        QVERIFY(fitPipeline(m_table, p).suggestions.empty());
    }

    void backToOriginalUnits() {
        PrepParams p;
        p.features = {"income", "spend"};
        p.log1p = {"spend"};
        p.weights["income"] = 3.0;
        const PrepResult r = fitPipeline(m_table, p);
        for (std::size_t i = 0; i < 20; ++i) {
            const std::size_t row = r.data.rows[i];
            const double spend = m_table.column(3).number(row);
            QVERIFY(std::fabs(r.pipeline.toOriginalUnits(1, r.data.x(i, 1)) - spend) <=
                    1e-9 * std::max(1.0, spend));
            const double income = m_table.column(0).number(row);
            if (!std::isnan(income))
                QVERIFY(std::fabs(r.pipeline.toOriginalUnits(0, r.data.x(i, 0)) - income) <= 1e-9 * income);
        }
    }

    void excludesConstantAndEmptyColumns() {
        PrepParams p;
        p.features = {"x", "same", "empty"};
        const PrepResult r = fitPipeline(smallTable(), p);
        QCOMPARE(r.pipeline.outputNames(), std::vector<std::string>{"x"});
        int constant = 0, empty = 0;
        for (const auto& w : r.data.warnings) {
            constant += w.code == WarningCode::ColumnExcludedConstant && w.context.detail == "same";
            empty += w.code == WarningCode::ColumnExcludedAllMissing && w.context.detail == "empty";
        }
        QCOMPARE(constant, 1);
        QCOMPARE(empty, 1);
        p.features = {"same", "empty"};
        QVERIFY_THROWS_EXCEPTION(Error, (void)fitPipeline(smallTable(), p));
    }

    void rejectsBadChoices_data() {
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown column")
            << QStringList{"nope"} << QStringList{} << int(ErrorCode::ColumnNotFound);
        QTest::newRow("id column") << QStringList{"id"} << QStringList{} << int(ErrorCode::InvalidParameter);
        QTest::newRow("text column") << QStringList{"note"} << QStringList{}
                                     << int(ErrorCode::InvalidParameter);
        QTest::newRow("log of unchosen")
            << QStringList{"x"} << QStringList{"neg"} << int(ErrorCode::InvalidParameter);
        QTest::newRow("log of negative")
            << QStringList{"neg"} << QStringList{"neg"} << int(ErrorCode::NegativeForLog);
    }
    void rejectsBadChoices() {
        QFETCH(QStringList, features);
        QFETCH(QStringList, log);
        QFETCH(int, code);
        PrepParams p;
        for (const auto& f : features)
            p.features.push_back(f.toStdString());
        for (const auto& f : log)
            p.log1p.push_back(f.toStdString());
        try {
            (void)fitPipeline(smallTable(), p);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(int(e.code()), code);
            if (e.code() == ErrorCode::NegativeForLog) QCOMPARE(e.context().line, std::int64_t(1));
        }
    }

    void unseenLabelsGoToOther() {
        PrepParams p;
        p.features = {"region"};
        p.maxLevels = 3;
        const PrepResult r = fitPipeline(m_table, p);
        Table fresh;
        fresh.addColumn(Column::strings("region", {0, 1}, {"Atlantis", "North"}));
        const PreparedData d = r.pipeline.apply(fresh);
        QCOMPARE(d.x.cols(), std::size_t(3));
        QCOMPARE(d.x(0, 2), 1.0);  // Other
        QCOMPARE(d.x(1, 0), 1.0);  // North, the most frequent
    }

    void percentilesAsNumpy() {
        const std::vector<double> v{1, 2, 3, 4, 10};
        QCOMPARE(percentileSorted(v, 50), 3.0);
        QCOMPARE(percentileSorted(v, 75), 4.0);
        QCOMPARE(percentileSorted(v, 90), 7.6);
        QCOMPARE(percentileSorted(v, 0), 1.0);
        QCOMPARE(percentileSorted(v, 100), 10.0);
    }

    void cancels() {
        int calls = 0;
        const Progress stop([&](double) { return ++calls < 2; });
        QVERIFY_THROWS_EXCEPTION(Cancelled, (void)fitPipeline(m_table, {}, stop));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
