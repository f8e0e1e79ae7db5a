// What tests of the real main window share: loading a file and running a segmentation as a user does, and
// dragging a chart by mouse on its ChartWidget.
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "MainWindow.h"
#include "panels/SegmentationPanel.h"
#include "run/Segmentation.h"
#include "views/ChartWidget.h"

namespace seg::test {

inline QString samplePath() {
    return QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
}

// Loads `path` without the import preview and waits for it.
inline void loadFile(seg::ui::MainWindow& window, const QString& path) {
    QSignalSpy loaded(&window, &seg::ui::MainWindow::loadFinished);
    window.load(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(loaded.first().first().toBool(), true);
}

// Chooses the method and k in the panel, clicks Find Segments and waits for the run.
inline void runWith(seg::ui::MainWindow& window, seg::run::Algorithm algorithm, int k) {
    window.segmentationPanel()->setAlgorithm(algorithm);
    window.segmentationPanel()->setK(k);
    QSignalSpy finished(&window, &seg::ui::MainWindow::segmentationFinished);
    auto* run = window.findChild<QPushButton*>(QStringLiteral("runButton"));
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
}

// A window with `path` loaded and one run finished with the given method and k.
inline void loadAndRun(seg::ui::MainWindow& window, seg::run::Algorithm algorithm, int k,
                       const QString& path = samplePath()) {
    loadFile(window, path);
    if (QTest::currentTestFailed()) return;
    runWith(window, algorithm, k);
}

// Presses at `from`, moves in steps with the button held, releases at `to` (widget coordinates).
inline void drag(QWidget* widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {},
                 int steps = 8) {
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= steps; ++i) {
        const QPoint p = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, QPointF(p), QPointF(widget->mapToGlobal(p)), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

}  // namespace seg::test
