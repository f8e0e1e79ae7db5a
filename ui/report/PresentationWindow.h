// Full-screen presentation of a segmentation run for meetings: a title slide with the segments and their
// shares, one slide per chart drawn large, and a slide with every segment's name and description.
#pragma once

// Slides are laid out on a canvas 1280 logical px wide (its height follows the screen's aspect) and scaled
// up to the screen, so text is as large on a projector as on a laptop. Charts are painted into that canvas
// too, so their fonts grow with the screen. Keys: Right, Space, PageDown, Down next; Left, Backspace, PageUp,
// Up previous; Home, End; Esc closes. A left click advances, a right click goes back. The cursor hides after
// 2 s without moving.
//
// The window owns the chart objects it is given (made for it: every segment in full colour), so it needs
// nothing of the main window. Show it with showFullScreen(); set Qt::WA_DeleteOnClose to have it deleted when
// closed.

#include <QImage>
#include <QSize>
#include <QStringList>
#include <QWidget>

#include "ReportWriter.h"

class QTimer;

namespace seg::ui {

using seg::doc::ReportInput;

class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    enum class SlideKind { Title, Chart, Segments };

    static constexpr qreal kCanvasWidth = 1280;  // logical px every slide is laid out in
    static constexpr int kCursorIdleMs = 2000;

    explicit PresentationWindow(ReportInput input, QWidget* parent = nullptr);

    [[nodiscard]] int currentSlide() const noexcept { return m_current; }
    [[nodiscard]] int slideCount() const noexcept;
    [[nodiscard]] SlideKind slideKind(int index) const;
    // The slide's heading ("Customer segments", the chart's title, "Segments").
    [[nodiscard]] QString slideTitle(int index) const;
    // Every string the slide draws, in drawing order (tests, and screen readers through
    // accessibleDescription).
    [[nodiscard]] QStringList slideTexts(int index) const;

    // The slide as a white image of `size` pixels (96 dpi): for tests and screenshots.
    [[nodiscard]] QImage renderSlide(int index, QSize size) const;
    // Draws slide `index` filling `bounds` (device units of the painter).
    void paintSlide(QPainter& painter, const QRectF& bounds, int index) const;

public slots:
    void next();
    void previous();
    void first();
    void last();
    void goToSlide(int index);

signals:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Canvas;
    void paintTitle(Canvas& canvas) const;
    void paintChart(Canvas& canvas, int chart) const;
    void paintSegments(Canvas& canvas) const;
    void paintCounter(Canvas& canvas, int index) const;
    void paintSlide(QPainter& painter, const QRectF& bounds, int index, QStringList* texts) const;
    void wakeCursor();
    [[nodiscard]] QString sourceName() const;

    ReportInput m_in;
    int m_current = 0;
    QTimer* m_idle = nullptr;  // Qt parent tree
};

}  // namespace seg::ui
