// Undoable edits of a segmentation (Edit > Undo): renaming and recolouring a segment. Each command holds the
// value before and after, and applies them through the workspace, which updates every chart, table and
// export.
#pragma once

#include <QColor>
#include <QString>
#include <QUndoCommand>

namespace seg::ui {

class SegmentWorkspace;

class RenameSegmentCommand : public QUndoCommand {
public:
    // An empty name goes back to the generated one.
    RenameSegmentCommand(SegmentWorkspace* workspace, int segment, QString name);
    void undo() override;
    void redo() override;

private:
    SegmentWorkspace* m_workspace;
    int m_segment;
    QString m_before;
    QString m_after;
};

class RecolorSegmentCommand : public QUndoCommand {
public:
    // An invalid colour goes back to the palette's.
    RecolorSegmentCommand(SegmentWorkspace* workspace, int segment, QColor color);
    void undo() override;
    void redo() override;

private:
    SegmentWorkspace* m_workspace;
    int m_segment;
    QColor m_before;
    QColor m_after;
};

}  // namespace seg::ui
