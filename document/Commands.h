// Undoable edits of the document (Edit > Undo): renaming and recolouring a segment. Each command keeps the
// group of customers it was made on (Document::ChoiceKey) and the value before and after, so it undoes and
// redoes correctly after the tree was recut or the segments re-run.
#pragma once

#include <QColor>
#include <QString>
#include <QUndoCommand>

#include "Document.h"

namespace seg::doc {

class RenameSegmentCommand : public QUndoCommand {
public:
    RenameSegmentCommand(Document* document, int segment, QString name);
    void undo() override;
    void redo() override;

private:
    Document* m_document;
    Document::ChoiceKey m_key;
    QString m_before;
    QString m_after;
};

class RecolorSegmentCommand : public QUndoCommand {
public:
    RecolorSegmentCommand(Document* document, int segment, QColor color);
    void undo() override;
    void redo() override;

private:
    Document* m_document;
    Document::ChoiceKey m_key;
    QColor m_before;
    QColor m_after;
};

}  // namespace seg::doc
