// LoadJob: the work (type changes with lost-cell warnings, summary), progress reported from the worker,
// errors turned into messages, and the generation rule: only the latest request is ever delivered.
#include <QTemporaryDir>
#include <QtTest>

#include "jobs/LoadJob.h"

using seg::data::ColumnType;
using seg::ui::LoadJob;
using seg::ui::LoadRequest;
using seg::ui::LoadResult;

class TestLoadJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static LoadRequest request(const QString& path) {
        LoadRequest r;
        r.path = path;
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_small = write(QStringLiteral("small.csv"), "Code,Age,Plan\nA1,34,Gold\nB2,41,Silver\nC3,,Gold\n");
        QByteArray big = "ID,Value,Group\n";
        for (int i = 0; i < 300000; ++i)
            big += QByteArray::number(i) + "," + QByteArray::number(i % 977) + ".25," + (i % 2 ? "x" : "y") +
                   "\n";
        m_big = write(QStringLiteral("big.csv"), big);
    }

    void runLoadAppliesTypesAndSummarises() {
        LoadRequest r = request(m_small);
        r.types = {{"Plan", ColumnType::Text}, {"Code", ColumnType::Numeric}, {"Gone", ColumnType::Date}};
        const auto result = seg::ui::runLoad(r, {});
        QCOMPARE(result->table->rowCount(), std::size_t(3));
        // Inferred types are kept apart from the user's choices.
        QCOMPARE(result->inferredTypes.at(2), ColumnType::Categorical);
        QCOMPARE(result->table->column(2).type(), ColumnType::Text);
        QCOMPARE(result->table->column(0).type(), ColumnType::Numeric);
        // "A1", "B2", "C3" are no numbers: three cells lost, reported once for the column.
        int lost = 0;
        for (const seg::Warning& w : result->warnings) {
            if (w.code != seg::WarningCode::TypeConversionLost) continue;
            ++lost;
            QCOMPARE(w.context.detail, std::string("Code"));
            QCOMPARE(w.context.count, std::int64_t(3));
        }
        QCOMPARE(lost, 1);
        QCOMPARE(result->summaries.size(), std::size_t(3));
        QCOMPARE(result->summaries[1].missing, std::size_t(1));
    }

    void previewSkipsSummary() {
        LoadRequest r = request(m_big);
        r.options.csv.maxRows = 200;
        r.summarize = false;
        const auto result = seg::ui::runLoad(r, {});
        QCOMPARE(result->table->rowCount(), std::size_t(200));
        QVERIFY(result->truncated);
        QVERIFY(result->summaries.empty());
    }

    void succeedsWithProgress() {
        LoadJob job;
        QSignalSpy progress(&job, &LoadJob::progressChanged);
        QSignalSpy succeeded(&job, &LoadJob::succeeded);
        QSignalSpy finished(&job, &LoadJob::finished);
        job.start(request(m_big));
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(succeeded.count(), 1);
        QVERIFY(!job.isRunning());
        QVERIFY(progress.count() > 0);
        QVERIFY(progress.last().first().toInt() <= 1000);
        const auto result = succeeded.first().first().value<std::shared_ptr<const LoadResult>>();
        QCOMPARE(result->table->rowCount(), std::size_t(300000));
        QVERIFY(result->elapsedMs >= 0);
    }

    void failureIsAMessage() {
        LoadJob job;
        QSignalSpy failed(&job, &LoadJob::failed);
        job.start(request(m_dir.filePath(QStringLiteral("missing.csv"))));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(failed.first().at(1).value<seg::ErrorCode>(), seg::ErrorCode::FileNotFound);
    }

    void onlyLatestIsDelivered() {
        LoadJob job;
        QSignalSpy succeeded(&job, &LoadJob::succeeded);
        QSignalSpy finished(&job, &LoadJob::finished);
        const quint64 first = job.start(request(m_big));
        const quint64 second = job.start(request(m_small));
        QVERIFY(second > first);
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(succeeded.count(), 1);
        const auto result = succeeded.first().first().value<std::shared_ptr<const LoadResult>>();
        QCOMPARE(result->path, m_small);
    }

    void cancelDeliversNothing() {
        LoadJob job;
        QSignalSpy succeeded(&job, &LoadJob::succeeded);
        QSignalSpy canceled(&job, &LoadJob::canceled);
        job.start(request(m_big));
        job.cancel();
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!job.isRunning());
        job.cancel();  // nothing running: no second signal
        QCOMPARE(canceled.count(), 1);
        QTest::qWait(1000);
        QCOMPARE(succeeded.count(), 0);
    }

    void destructionWaitsForWorker() {
        auto job = std::make_unique<LoadJob>();
        job->start(request(m_big));
        job.reset();  // must cancel and join, never leave a worker writing into freed memory
        QVERIFY(true);
    }
};

QTEST_MAIN(TestLoadJob)
#include "tst_loadjob.moc"
