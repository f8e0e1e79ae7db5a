#include "SegmentCommands.h"

#include <QCoreApplication>

#include "SegmentWorkspace.h"

namespace seg::ui {

RenameSegmentCommand::RenameSegmentCommand(SegmentWorkspace* workspace, int segment, QString name)
    : m_workspace(workspace),
      m_segment(segment),
      m_before(workspace->userName(segment)),
      m_after(std::move(name)) {
    setText(QCoreApplication::translate("seg::ui::SegmentCommands", "Rename %1")
                .arg(workspace->segmentName(segment)));
}

void RenameSegmentCommand::undo() {
    m_workspace->setSegmentName(m_segment, m_before);
}

void RenameSegmentCommand::redo() {
    m_workspace->setSegmentName(m_segment, m_after);
}

RecolorSegmentCommand::RecolorSegmentCommand(SegmentWorkspace* workspace, int segment, QColor color)
    : m_workspace(workspace), m_segment(segment), m_before(workspace->userColor(segment)), m_after(color) {
    setText(QCoreApplication::translate("seg::ui::SegmentCommands", "Change Colour of %1")
                .arg(workspace->segmentName(segment)));
}

void RecolorSegmentCommand::undo() {
    m_workspace->setSegmentColor(m_segment, m_before);
}

void RecolorSegmentCommand::redo() {
    m_workspace->setSegmentColor(m_segment, m_after);
}

}  // namespace seg::ui
