#include "CliReport.h"

#include <QApplication>
#include <cstring>
#include <memory>

#include "SegmentWorkspace.h"
#include "common/Error.h"
#include "jobs/SegmentationJob.h"
#include "models/TableModel.h"
#include "report/ReportWriter.h"

namespace seg::app {

bool needsWidgets(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) break;
        if (std::strcmp(argv[i], "--report") == 0 || std::strncmp(argv[i], "--report=", 9) == 0) return true;
    }
    return false;
}

void writeClusterReport(const seg::ui::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& path) {
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        throw Error(ErrorCode::Internal, {.detail = "the report needs a QApplication"});
    // The workspace fills its views exactly as the GUI does; it is never shown.
    auto shared = std::make_shared<const seg::ui::SegmentationRun>(run);
    seg::ui::TableModel model;
    model.setTable(shared->table);
    seg::ui::SegmentWorkspace workspace(&model);
    workspace.setTable(shared->table);
    workspace.showRun(shared);
    for (int s = 0; s < names.size() && s < shared->result->k; ++s)
        workspace.setSegmentName(s, names[s]);
    seg::ui::ReportInput input = seg::ui::reportInputFor(*shared, sourcePath, shared->profile,
                                                         shared->descriptions, names, workspace.charts());
    seg::ui::writeReport(input, path);
}

}  // namespace seg::app
