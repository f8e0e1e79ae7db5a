// Document: the one owner of the open work. Names and colours follow the customers through re-runs and
// recuts (Jaccard >= 0.9), undo survives recuts, one share rule, selection, and a new table starting afresh.
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "Commands.h"
#include "Document.h"
#include "Share.h"
#include "data/Import.h"
#include "run/Segmentation.h"

using seg::doc::Document;
using seg::doc::SegmentationRun;

namespace {

QString samplePath() {
    return QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
}

std::shared_ptr<const seg::data::Table> sampleTable() {
    static std::shared_ptr<const seg::data::Table> table = [] {
        auto imported = seg::data::importTable(samplePath().toStdString());
        return std::make_shared<const seg::data::Table>(std::move(imported.table));
    }();
    return table;
}

std::shared_ptr<const SegmentationRun> hierarchicalRun(int k) {
    auto run = std::make_shared<SegmentationRun>();
    run->table = sampleTable();
    run->params.algorithm = seg::run::Algorithm::Hierarchical;
    run->params.k = k;
    run->params.prep.log1p = {"total_spend"};
    run->result = std::make_shared<const seg::run::SegmentationResult>(
        seg::run::runSegmentation(*run->table, run->params));
    seg::doc::profileRun(*run);
    return run;
}

// The same tree cut at another k, as the dendrogram's drag asks.
std::shared_ptr<const SegmentationRun> recut(const std::shared_ptr<const SegmentationRun>& base, int k) {
    auto run = std::make_shared<SegmentationRun>(*base);
    auto result = std::make_shared<seg::run::SegmentationResult>(*base->result);
    run->params.k = k;
    seg::run::recutHierarchical(*result, k, run->params);
    run->result = std::move(result);
    seg::doc::profileRun(*run);
    run->recut = true;
    return run;
}

// The segment of `run` holding the customers of `row`.
int segmentOfRow(const SegmentationRun& run, std::size_t row) {
    return run.result->rowLabels[row];
}

}  // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(samplePath()), qPrintable(samplePath())); }

    void namesAndColoursHaveOneSource() {
        Document doc;
        doc.setTable(sampleTable(), samplePath());
        const auto run = hierarchicalRun(4);
        doc.setRun(run);
        QCOMPARE(doc.segmentCount(), 4);
        QCOMPARE(doc.segmentName(0), run->descriptions[0].name);
        QCOMPARE(doc.segmentColor(1), seg::chart::paletteColor(1));
        QSignalSpy changed(&doc, &Document::segmentsChanged);
        doc.renameSegment(1, QStringLiteral("  Loyal big spenders "));
        doc.recolorSegment(1, QColor(Qt::black));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(doc.segmentName(1), QStringLiteral("Loyal big spenders"));
        QCOMPARE(doc.segmentColor(1), QColor(Qt::black));
        QCOMPARE(doc.look().names.at(1), QStringLiteral("Loyal big spenders"));
        QCOMPARE(doc.look().colors.at(1), QColor(Qt::black));
        QCOMPARE(doc.snapshot().look.colors.at(1), QColor(Qt::black));
        QVERIFY(doc.hasUnsavedChoices());
        // A name equal to the generated one is no choice of the user's.
        doc.renameSegment(2, run->descriptions[2].name);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.segmentName(1), run->descriptions[1].name);
        QCOMPARE(doc.segmentColor(1), seg::chart::paletteColor(1));
        QVERIFY(!doc.hasUnsavedChoices());
        doc.undoStack()->redo();
        QCOMPARE(doc.segmentName(1), QStringLiteral("Loyal big spenders"));
    }

    // Issue 9: rename and recolour a hierarchical segment, drag the cut away and back: the same customers
    // get their name and colour back, and Undo still works.
    void choicesSurviveRecutsAndUndo() {
        Document doc;
        doc.setTable(sampleTable(), samplePath());
        const auto four = hierarchicalRun(4);
        doc.setRun(four);
        // A segment that a cut at k = 3 merges with another (so its name cannot survive k = 3).
        const auto three = recut(four, 3);
        int merged = -1;
        for (int s = 0; s < 4 && merged < 0; ++s) {
            std::size_t row = 0;
            while (four->result->rowLabels[row] != s)
                ++row;
            const int t = segmentOfRow(*three, row);
            if (three->result->sizes[std::size_t(t)] != four->result->sizes[std::size_t(s)]) merged = s;
        }
        QVERIFY(merged >= 0);
        std::size_t row = 0;
        while (four->result->rowLabels[row] != merged)
            ++row;
        doc.renameSegment(merged, QStringLiteral("Weekend shoppers"));
        doc.recolorSegment(merged, QColor(0x12, 0x34, 0x56));

        doc.setRun(three);
        QVERIFY(doc.segmentName(segmentOfRow(*three, row)) != QStringLiteral("Weekend shoppers"));
        QVERIFY(doc.undoStack()->canUndo());

        const auto back = recut(three, 4);
        doc.setRun(back);
        const int again = segmentOfRow(*back, row);
        QCOMPARE(doc.segmentName(again), QStringLiteral("Weekend shoppers"));
        QCOMPARE(doc.segmentColor(again), QColor(0x12, 0x34, 0x56));
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();  // the colour
        QCOMPARE(doc.segmentColor(again), seg::chart::paletteColor(again));
        QCOMPARE(doc.segmentName(again), QStringLiteral("Weekend shoppers"));
        doc.undoStack()->undo();  // the name
        QCOMPARE(doc.segmentName(again), back->descriptions[std::size_t(again)].name);
        doc.undoStack()->redo();
        QCOMPARE(doc.segmentName(again), QStringLiteral("Weekend shoppers"));

        // Renamed at k = 3, the merged segment keeps that name when the cut comes back to 3.
        doc.setRun(three);
        const int big = segmentOfRow(*three, row);
        doc.renameSegment(big, QStringLiteral("Everyone else"));
        doc.setRun(recut(back, 3));
        QCOMPARE(doc.segmentName(big), QStringLiteral("Everyone else"));
    }

    void newRunOfOtherCustomersStartsAfresh() {
        Document doc;
        doc.setTable(sampleTable(), samplePath());
        doc.setRun(hierarchicalRun(4));
        doc.renameSegment(0, QStringLiteral("Mine"));
        // Two segments of very different customers: nothing overlaps by 90%.
        const auto two = hierarchicalRun(2);
        doc.setRun(two);
        for (int s = 0; s < 2; ++s)
            QVERIFY(doc.segmentName(s) != QStringLiteral("Mine"));
        // A new table forgets everything, undo included.
        doc.setTable(sampleTable(), samplePath());
        QVERIFY(!doc.hasRun());
        QVERIFY(!doc.undoStack()->canUndo());
        QVERIFY(!doc.hasUnsavedChoices());
        QCOMPARE(doc.segmentCount(), 0);
    }

    // One rule: a share is of all customers in the table, and a tiny one reads "<0.1%", never "0.0%".
    void sharesOfAllCustomers() {
        Document doc;
        doc.setTable(sampleTable(), samplePath());
        const auto run = hierarchicalRun(4);
        doc.setRun(run);
        QCOMPARE(doc.customerCount(), sampleTable()->rowCount());
        std::size_t sum = 0;
        for (int s = 0; s < 4; ++s)
            sum += doc.segmentSize(s);
        QCOMPARE(sum + doc.segmentSize(-1) + doc.segmentSize(-2), doc.customerCount());
        const double share = 100.0 * double(doc.segmentSize(0)) / double(doc.customerCount());
        QCOMPARE(doc.shareText(0), QStringLiteral("%1%").arg(QLocale().toString(share, 'f', 1)));
        QCOMPARE(seg::chart::shareText(1, 1'000'000), QStringLiteral("<0.1%"));
        QCOMPARE(seg::chart::shareText(0, 1'000'000), QStringLiteral("0.0%"));
        QCOMPARE(seg::chart::shareText(999'999, 1'000'000), QStringLiteral("99.9%"));
        QCOMPARE(seg::chart::shareOfAllText(1, 4), QStringLiteral("25.0% of all customers"));
    }

    void selection() {
        Document doc;
        doc.setTable(sampleTable(), samplePath());
        const auto four = hierarchicalRun(4);
        doc.setRun(four);
        QSignalSpy spy(&doc, &Document::selectionChanged);
        doc.selectSegment(2);
        QCOMPARE(doc.selectedSegment(), 2);
        doc.selectRows({1, 5, 9});
        QCOMPARE(doc.selectedSegment(), Document::kNoSegment);
        QCOMPARE(doc.selectedRows().size(), 3);
        doc.selectSegment(1);
        QVERIFY(doc.selectedRows().isEmpty());
        // A recut keeps the chosen customers chosen: after cutting the tree at another k (which merges or
        // splits segments and renumbers the others in leaf order) the segment holding the same customers is
        // chosen, whatever its number now; a merged or split one has no such segment and nothing stays
        // chosen.
        int followed = 0;
        for (const auto& [from, to] : {std::pair{2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {4, 3}, {5, 4}}) {
            const auto a = recut(four, from);
            const auto b = recut(a, to);
            for (int s = 0; s < from; ++s) {
                doc.setRun(a);
                doc.selectSegment(s);
                std::size_t row = 0;
                while (a->result->rowLabels[row] != s)
                    ++row;
                const int now = segmentOfRow(*b, row);
                const bool same = b->result->sizes[std::size_t(now)] == a->result->sizes[std::size_t(s)];
                doc.setRun(b);
                QCOMPARE(doc.selectedSegment(), same ? now : Document::kNoSegment);
                if (same && now != s) ++followed;
            }
        }
        QVERIFY2(followed > 0, "no segment was renumbered by any recut: the test proves nothing");
        doc.setRun(hierarchicalRun(4));
        QCOMPARE(doc.selectedSegment(), Document::kNoSegment);
        doc.clearSelection();
        QVERIFY(spy.count() >= 4);
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
