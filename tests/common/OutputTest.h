// What tests of written charts need: reading a file back, a PDF's MediaBox, and poppler's view of a PDF
// (its page as an image, its text, its info), so a test checks the file a user gets, not only our painter.
#pragma once

// poppler-utils (pdftoppm, pdftotext, pdfinfo) are optional: the helpers return empty results when a tool is
// missing, and hasPoppler() lets a test QSKIP instead.

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace seg::test {

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The first page's MediaBox in points (empty when there is none).
inline QRectF mediaBox(const QByteArray& pdf) {
    static const QRegularExpression re(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const auto m = re.match(QString::fromLatin1(pdf));
    if (!m.hasMatch()) return {};
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}

inline bool hasPoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// Standard output of a poppler tool run on `arguments` (empty if it is missing or fails).
inline QByteArray runTool(const QString& tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
    return process.readAllStandardOutput();
}

// The first page of a PDF as poppler draws it at `dpi` (pdftoppm -png -r dpi).
inline QImage pdfPageImage(const QString& pdfPath, int dpi = 96) {
    QTemporaryDir dir;
    if (!dir.isValid()) return {};
    const QString stem = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-singlefile"), pdfPath, stem});
    return QImage(stem + QStringLiteral(".png"));
}

// The text poppler finds in a PDF (pdftotext), lines joined by spaces.
inline QString pdfText(const QString& pdfPath) {
    const QString text =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")}));
    return text.simplified();
}

inline QString pdfInfo(const QString& pdfPath) {
    return QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdfPath}));
}

}  // namespace seg::test
