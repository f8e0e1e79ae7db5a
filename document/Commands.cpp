#include "Commands.h"

#include <QCoreApplication>

namespace seg::doc {

RenameSegmentCommand::RenameSegmentCommand(Document* document, int segment, QString name)
    : m_document(document),
      m_key(document->keyOf(segment)),
      m_before(document->nameChoice(m_key)),
      m_after(std::move(name)) {
    setText(QCoreApplication::translate("seg::ui::SegmentCommands", "Rename %1")
                .arg(document->segmentName(segment)));
}

void RenameSegmentCommand::undo() {
    m_document->setNameChoice(m_key, m_before);
}

void RenameSegmentCommand::redo() {
    m_document->setNameChoice(m_key, m_after);
}

RecolorSegmentCommand::RecolorSegmentCommand(Document* document, int segment, QColor color)
    : m_document(document),
      m_key(document->keyOf(segment)),
      m_before(document->colorChoice(m_key)),
      m_after(color) {
    setText(QCoreApplication::translate("seg::ui::SegmentCommands", "Change Colour of %1")
                .arg(document->segmentName(segment)));
}

void RecolorSegmentCommand::undo() {
    m_document->setColorChoice(m_key, m_before);
}

void RecolorSegmentCommand::redo() {
    m_document->setColorChoice(m_key, m_after);
}

}  // namespace seg::doc
