#include "Document.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

#include "Commands.h"
#include "Share.h"

namespace seg::doc {

namespace {

// Choices on runs of other tables, or more runs back than this, are forgotten.
constexpr std::size_t kRememberedRuns = 64;
constexpr double kSameSegment = 0.9;  // Jaccard index of two segments' customers

// For each segment of `before`, the segment of `now` whose customers overlap it by at least kSameSegment
// (Jaccard), one to one; -1 where none does.
std::vector<int> matchSegments(const Document::Partition& before, const Document::Partition& now) {
    const std::vector<int>& a = before.labels;
    const std::vector<int>& b = now.labels;
    const int ka = before.k;
    const int kb = now.k;
    std::vector<int> match(std::size_t(std::max(ka, 0)), -1);
    if (a.size() != b.size() || ka <= 0 || kb <= 0) return match;
    if (&a == &b) {
        for (int s = 0; s < ka; ++s)
            match[std::size_t(s)] = s < kb ? s : -1;
        return match;
    }
    std::vector<std::size_t> both(std::size_t(ka) * std::size_t(kb), 0), sizeA(std::size_t(ka), 0),
        sizeB(std::size_t(kb), 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int x = a[i], y = b[i];
        if (x >= 0 && x < ka) ++sizeA[std::size_t(x)];
        if (y >= 0 && y < kb) ++sizeB[std::size_t(y)];
        if (x >= 0 && x < ka && y >= 0 && y < kb) ++both[std::size_t(x) * std::size_t(kb) + std::size_t(y)];
    }
    for (int s = 0; s < ka; ++s) {
        for (int t = 0; t < kb; ++t) {
            const double common = double(both[std::size_t(s) * std::size_t(kb) + std::size_t(t)]);
            const double either = double(sizeA[std::size_t(s)] + sizeB[std::size_t(t)]) - common;
            // Above 0.5 two segments can match at most one other each: the match is one to one.
            if (either > 0 && common / either >= kSameSegment) match[std::size_t(s)] = t;
        }
    }
    return match;
}

}  // namespace

Document::Document(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {
    // Edits change what is shown; the signal comes from the setters the commands call.
}

Document::~Document() = default;

void Document::setTable(std::shared_ptr<const seg::data::Table> table, const QString& sourcePath,
                        const seg::data::ImportOptions& options) {
    m_table = std::move(table);
    m_sourcePath = sourcePath;
    m_importOptions = options;
    m_run.reset();
    m_partition.reset();
    m_sweep.reset();
    m_choices.clear();
    m_matches.clear();
    m_userNames.clear();
    m_userColors.clear();
    m_selectedSegment = kNoSegment;
    m_selectedRows.clear();
    m_undo->clear();
    m_undo->setClean();
    emit tableChanged();
    emit segmentsChanged();
    emit selectionChanged();
}

void Document::clear() {
    setTable(nullptr);
}

void Document::setRun(std::shared_ptr<const SegmentationRun> run) {
    if (!run || !run->result) return;
    const bool recut = run->recut && m_run;
    const int previousSegment = m_selectedSegment;
    auto partition = std::make_shared<const Partition>(
        Partition{run->result->rowLabels, run->result->k, run->table.get()});
    // A recut keeps the chosen segment's customers chosen (cutting the tree renumbers the segments);
    // anything else starts afresh.
    int selected = kNoSegment;
    if (recut && previousSegment >= 0 && m_partition) {
        const std::vector<int> match = matchSegments(*m_partition, *partition);
        if (std::size_t(previousSegment) < match.size()) selected = match[std::size_t(previousSegment)];
    }
    m_partition = std::move(partition);
    m_run = std::move(run);
    m_matches.clear();
    applyChoices();
    m_selectedSegment = selected >= 0 && selected < m_run->result->k ? selected : kNoSegment;
    m_selectedRows.clear();
    emit runChanged(recut);
    emit segmentsChanged();
    emit selectionChanged();
}

void Document::setSweep(std::shared_ptr<const SweepRun> sweep) {
    if (!sweep || !sweep->result) return;
    m_sweep = std::move(sweep);
    emit sweepChanged();
}

int Document::segmentCount() const {
    return hasRun() ? std::max(0, m_run->result->k) : 0;
}

QString Document::generatedName(int segment) const {
    if (!m_run || segment < 0 || std::size_t(segment) >= m_run->descriptions.size()) return {};
    return m_run->descriptions[std::size_t(segment)].name;
}

QString Document::description(int segment) const {
    if (!m_run || segment < 0 || std::size_t(segment) >= m_run->descriptions.size()) return {};
    return m_run->descriptions[std::size_t(segment)].description;
}

QString Document::userName(int segment) const {
    return segment >= 0 && segment < m_userNames.size() ? m_userNames[segment] : QString();
}

QColor Document::userColor(int segment) const {
    return segment >= 0 && segment < m_userColors.size() ? m_userColors[segment] : QColor();
}

QString Document::segmentName(int segment) const {
    if (segment < 0) return seg::chart::SegmentLook{}.name(segment);
    if (!userName(segment).isEmpty()) return userName(segment);
    if (!generatedName(segment).isEmpty()) return generatedName(segment);
    return seg::chart::SegmentLook{}.name(segment);
}

QColor Document::segmentColor(int segment) const {
    if (segment < 0) return seg::chart::outlierColor();
    const QColor chosen = userColor(segment);
    return chosen.isValid() ? chosen : seg::chart::paletteColor(segment);
}

QStringList Document::segmentNames() const {
    QStringList names;
    for (int s = 0; s < segmentCount(); ++s)
        names << segmentName(s);
    return names;
}

seg::chart::SegmentLook Document::look() const {
    seg::chart::SegmentLook look;
    for (int s = 0; s < segmentCount(); ++s) {
        look.names << segmentName(s);
        look.colors << segmentColor(s);
    }
    return look;
}

std::size_t Document::segmentSize(int segment) const {
    if (!hasRun()) return 0;
    const auto& r = *m_run->result;
    if (segment >= 0) return std::size_t(segment) < r.sizes.size() ? r.sizes[std::size_t(segment)] : 0;
    if (segment == -2) return r.prep.data.rowsDropped;
    if (segment == -1) return std::size_t(std::count(r.rowLabels.begin(), r.rowLabels.end(), -1));
    return 0;
}

std::size_t Document::customerCount() const {
    if (m_run && m_run->table) return m_run->table->rowCount();
    return m_table ? m_table->rowCount() : 0;
}

QString Document::shareText(int segment) const {
    return seg::chart::shareText(segmentSize(segment), customerCount());
}

void Document::renameSegment(int segment, const QString& name) {
    if (!hasRun() || segment < 0 || segment >= segmentCount()) return;
    const QString trimmed = name.trimmed();
    const QString stored = trimmed == generatedName(segment) ? QString() : trimmed;
    if (stored == userName(segment)) return;
    m_undo->push(new RenameSegmentCommand(this, segment, stored));
}

void Document::recolorSegment(int segment, const QColor& color) {
    if (!hasRun() || segment < 0 || segment >= segmentCount()) return;
    const QColor stored = color == seg::chart::paletteColor(segment) ? QColor() : color;
    if (stored == userColor(segment)) return;
    m_undo->push(new RecolorSegmentCommand(this, segment, stored));
}

bool Document::hasUnsavedChoices() const {
    return !m_undo->isClean();
}

QString Document::nameChoice(const ChoiceKey& key) const {
    if (key.partition == m_partition) return userName(key.segment);
    for (auto it = m_choices.rbegin(); it != m_choices.rend(); ++it)
        if (it->isName && it->key == key) return it->name;
    return {};
}

QColor Document::colorChoice(const ChoiceKey& key) const {
    if (key.partition == m_partition) return userColor(key.segment);
    for (auto it = m_choices.rbegin(); it != m_choices.rend(); ++it)
        if (!it->isName && it->key == key) return it->color;
    return {};
}

void Document::setNameChoice(const ChoiceKey& key, const QString& name) {
    setChoice(key, true, name, {});
}

void Document::setColorChoice(const ChoiceKey& key, const QColor& color) {
    setChoice(key, false, {}, color);
}

void Document::setChoice(const ChoiceKey& key, bool isName, const QString& name, const QColor& color) {
    if (!key.partition) return;
    // One entry per group and kind; the latest edit moves it to the end (the latest wins).
    m_choices.erase(std::remove_if(m_choices.begin(), m_choices.end(),
                                   [&](const Choice& c) { return c.isName == isName && c.key == key; }),
                    m_choices.end());
    m_choices.push_back(Choice{key, name, color, isName, m_nextOrder++});
    // Forget the oldest runs' choices beyond the limit.
    std::vector<const Partition*> runs;
    for (auto it = m_choices.rbegin(); it != m_choices.rend(); ++it)
        if (std::find(runs.begin(), runs.end(), it->key.partition.get()) == runs.end())
            runs.push_back(it->key.partition.get());
    if (runs.size() > kRememberedRuns) {
        runs.resize(kRememberedRuns);
        m_choices.erase(std::remove_if(m_choices.begin(), m_choices.end(),
                                       [&](const Choice& c) {
                                           return std::find(runs.begin(), runs.end(),
                                                            c.key.partition.get()) == runs.end();
                                       }),
                        m_choices.end());
    }
    applyChoices();
    emit segmentsChanged();
}

const std::vector<int>& Document::matchFor(const std::shared_ptr<const Partition>& partition) const {
    for (const auto& [p, match] : m_matches)
        if (p == partition) return match;
    m_matches.emplace_back(partition, matchSegments(*partition, *m_partition));
    return m_matches.back().second;
}

void Document::applyChoices() {
    const int k = segmentCount();
    m_userNames = QStringList();
    m_userColors = QList<QColor>();
    for (int s = 0; s < k; ++s) {
        m_userNames << QString();
        m_userColors << QColor();
    }
    if (k == 0) return;
    // Oldest first, so later choices overwrite earlier ones for the same customers.
    for (const Choice& choice : m_choices) {
        if (!choice.key.partition || choice.key.partition->table != m_partition->table) continue;
        const std::vector<int>& match = matchFor(choice.key.partition);
        if (choice.key.segment < 0 || std::size_t(choice.key.segment) >= match.size()) continue;
        const int now = match[std::size_t(choice.key.segment)];
        if (now < 0 || now >= k) continue;
        if (choice.isName)
            m_userNames[now] = choice.name;
        else
            m_userColors[now] = choice.color;
    }
}

void Document::selectSegment(int segment) {
    if (segment < -2) segment = kNoSegment;
    if (segment == m_selectedSegment && m_selectedRows.isEmpty()) return;
    m_selectedSegment = segment;
    m_selectedRows.clear();
    emit selectionChanged();
}

void Document::selectRows(QVector<int> rows) {
    m_selectedSegment = kNoSegment;
    m_selectedRows = std::move(rows);
    emit selectionChanged();
}

void Document::clearSelection() {
    if (m_selectedSegment == kNoSegment && m_selectedRows.isEmpty()) return;
    m_selectedSegment = kNoSegment;
    m_selectedRows.clear();
    emit selectionChanged();
}

Snapshot Document::snapshot() const {
    Snapshot s;
    s.sourcePath = m_sourcePath;
    s.table = m_table;
    s.run = m_run;
    s.sweep = m_sweep;
    s.look = look();
    for (int i = 0; i < segmentCount(); ++i)
        s.descriptions << description(i);
    s.selectedSegment = m_selectedSegment;
    return s;
}

}  // namespace seg::doc
