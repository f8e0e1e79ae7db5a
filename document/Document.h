// The open work, in one place: the table and how it was imported, the run and the sweep, the segments'
// names, colours and descriptions, the selection, and the undo stack. Views, models, docks and actions
// follow its change signals; undo commands edit it. No widgets: Qt Core and Gui only.
#pragma once

// Names and colours the user chose belong to groups of customers, not to segment numbers: a choice is
// remembered with the run and segment it was made on, and every run shown later (a new fit or a recut of the
// tree) gives it to the segment whose customers overlap that group by at least 90% (Jaccard index), one to
// one; the latest choice for a group wins. So cutting the tree away and back brings the names back, and the
// undo history stays meaningful across runs of the same table: it is cleared only with the table.
//
// Shares: every share shown of a segment is of all customers in the table (charts/Share.h).

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

#include "ChartStyle.h"
#include "Run.h"
#include "data/Import.h"
#include "data/Table.h"

class QUndoStack;

namespace seg::doc {

// Plain values of the document for outputs built elsewhere (reports, exports, worker threads).
struct Snapshot {
    QString sourcePath;
    std::shared_ptr<const seg::data::Table> table;
    std::shared_ptr<const SegmentationRun> run;
    std::shared_ptr<const SweepRun> sweep;
    seg::chart::SegmentLook look;  // final names and colours, one per segment
    QStringList descriptions;      // one per segment
    int selectedSegment = -100;
};

class Document : public QObject {
    Q_OBJECT

public:
    // No segment chosen (-1 is the outliers, -2 the rows left out for missing values).
    static constexpr int kNoSegment = -100;

    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    // A new table: clears the run, the sweep, the choices, the selection and the undo history.
    void setTable(std::shared_ptr<const seg::data::Table> table, const QString& sourcePath = {},
                  const seg::data::ImportOptions& options = {});
    // Back to no table at all.
    void clear();
    [[nodiscard]] const std::shared_ptr<const seg::data::Table>& table() const { return m_table; }
    [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
    [[nodiscard]] const seg::data::ImportOptions& importOptions() const { return m_importOptions; }

    // Shows a finished run (a fit or a recut of the current table); choices carry over by overlap.
    void setRun(std::shared_ptr<const SegmentationRun> run);
    [[nodiscard]] const std::shared_ptr<const SegmentationRun>& run() const { return m_run; }
    [[nodiscard]] bool hasRun() const { return m_run && m_run->result; }
    void setSweep(std::shared_ptr<const SweepRun> sweep);
    [[nodiscard]] const std::shared_ptr<const SweepRun>& sweep() const { return m_sweep; }

    // Segments of the run shown (0 without one).
    [[nodiscard]] int segmentCount() const;
    // The user's name if given, else the generated one, else "Segment N"; "Outliers" (-1), "Left out" (-2).
    [[nodiscard]] QString segmentName(int segment) const;
    [[nodiscard]] QString generatedName(int segment) const;
    [[nodiscard]] QString description(int segment) const;
    // The user's colour if chosen, else the palette's; the outlier grey for negative segments.
    [[nodiscard]] QColor segmentColor(int segment) const;
    // The user's own choice for a segment of the run shown (empty / invalid: none).
    [[nodiscard]] QString userName(int segment) const;
    [[nodiscard]] QColor userColor(int segment) const;
    [[nodiscard]] QStringList segmentNames() const;
    [[nodiscard]] seg::chart::SegmentLook look() const;
    // Customers in a segment (-1: outliers, -2: left out for missing values) and in the whole table (the
    // denominator of every share).
    [[nodiscard]] std::size_t segmentSize(int segment) const;
    [[nodiscard]] std::size_t customerCount() const;
    // "20.4%" of all customers (charts/Share.h).
    [[nodiscard]] QString shareText(int segment) const;

    // Undoable edits (pushed on undoStack()). An empty name or an invalid colour goes back to the generated
    // one. A name equal to the generated one is stored as none, so it follows later changes of wording.
    void renameSegment(int segment, const QString& name);
    void recolorSegment(int segment, const QColor& color);
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    // True when the user has named or coloured segments that would be lost by opening another table or
    // quitting (there is no project file yet: any choice counts).
    [[nodiscard]] bool hasUnsavedChoices() const;

    // Which segment each customer was in, in one run: what a choice remembers of the run it was made on
    // (a copy of the labels, not the run, so remembered choices and undo commands keep 4 bytes a customer
    // alive rather than a whole result).
    struct Partition {
        std::vector<int> labels;  // per table row: segment, or negative for none
        int k = 0;
        const void* table = nullptr;  // the table's identity, never dereferenced
    };
    // A choice as the undo commands keep it: the group of customers it was made on.
    struct ChoiceKey {
        std::shared_ptr<const Partition> partition;
        int segment = 0;
        bool operator==(const ChoiceKey& other) const {
            return partition == other.partition && segment == other.segment;
        }
    };
    [[nodiscard]] ChoiceKey keyOf(int segment) const { return {m_partition, segment}; }
    // The name / colour the group has now (empty / invalid: none), and setting it (commands call these).
    [[nodiscard]] QString nameChoice(const ChoiceKey& key) const;
    [[nodiscard]] QColor colorChoice(const ChoiceKey& key) const;
    void setNameChoice(const ChoiceKey& key, const QString& name);
    void setColorChoice(const ChoiceKey& key, const QColor& color);

    // Linked selection: one segment (kNoSegment: none) or customers chosen on the map (table rows).
    void selectSegment(int segment);
    [[nodiscard]] int selectedSegment() const { return m_selectedSegment; }
    void selectRows(QVector<int> rows);
    [[nodiscard]] const QVector<int>& selectedRows() const { return m_selectedRows; }
    void clearSelection();

    [[nodiscard]] Snapshot snapshot() const;

signals:
    void tableChanged();
    // recut: the same tree cut at another k.
    void runChanged(bool recut);
    void sweepChanged();
    // Names, colours or descriptions changed (also after runChanged).
    void segmentsChanged();
    void selectionChanged();

private:
    struct Choice {
        ChoiceKey key;
        QString name;
        QColor color;
        bool isName = true;
        quint64 order = 0;
    };
    // Recomputes the user's names and colours for the run shown from the remembered choices.
    void applyChoices();
    // For a remembered run, the segment of the run shown that each of its segments became (-1: none).
    [[nodiscard]] const std::vector<int>& matchFor(const std::shared_ptr<const Partition>& partition) const;
    void setChoice(const ChoiceKey& key, bool isName, const QString& name, const QColor& color);

    std::shared_ptr<const seg::data::Table> m_table;
    QString m_sourcePath;
    seg::data::ImportOptions m_importOptions;
    std::shared_ptr<const SegmentationRun> m_run;
    std::shared_ptr<const SweepRun> m_sweep;
    std::shared_ptr<const Partition> m_partition;  // of m_run
    std::vector<Choice> m_choices;
    quint64 m_nextOrder = 1;
    QStringList m_userNames;     // per segment of the run shown
    QList<QColor> m_userColors;  // per segment of the run shown
    mutable std::vector<std::pair<std::shared_ptr<const Partition>, std::vector<int>>> m_matches;
    int m_selectedSegment = kNoSegment;
    QVector<int> m_selectedRows;
    QUndoStack* m_undo = nullptr;  // Qt parent tree
};

}  // namespace seg::doc
