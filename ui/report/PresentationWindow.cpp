#include "report/PresentationWindow.h"

#include "Share.h"
#include "Text.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <exception>

namespace seg::ui {

namespace {

const QColor kText(0x1c, 0x1c, 0x1c);
const QColor kMuted(0x6a, 0x6a, 0x6a);
constexpr qreal kMargin = 64;  // canvas px around every slide

// One inch is 0.0254 m; QImage stores its resolution in dots per metre.
constexpr qreal kMetresPerInch = 0.0254;

QFont canvasFont(qreal pixels, bool bold = false) {
    QFont font = QGuiApplication::font();
    // Pixel sizes in canvas units: the canvas transform scales them with the screen, whatever its DPI.
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

}  // namespace

// The slide's canvas: kCanvasWidth wide, as high as the target's aspect makes it, with the strings drawn
// recorded for slideTexts().
struct PresentationWindow::Canvas {
    QPainter& painter;
    qreal width = kCanvasWidth;
    qreal height = 800;
    QStringList* texts = nullptr;

    void text(const QRectF& rect, int flags, const QString& s, const QFont& font, const QColor& color) const {
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(rect, flags, s);
        if (texts) texts->append(s);
    }
    [[nodiscard]] qreal textHeight(const QString& s, const QFont& font, qreal w) const {
        return QFontMetricsF(font, painter.device())
            .boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, s)
            .height();
    }
};

PresentationWindow::PresentationWindow(ReportInput input, QWidget* parent)
    : QWidget(parent), m_in(std::move(input)) {
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation — %1").arg(m_in.title.isEmpty() ? tr("Customer segments") : m_in.title));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kCursorIdleMs);
    connect(m_idle, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    setAccessibleName(windowTitle());
    setAccessibleDescription(slideTexts(0).join(QLatin1Char('\n')));
}

int PresentationWindow::slideCount() const noexcept {
    return 2 + static_cast<int>(m_in.charts.size());
}

PresentationWindow::SlideKind PresentationWindow::slideKind(int index) const {
    if (index <= 0) return SlideKind::Title;
    if (index >= slideCount() - 1) return SlideKind::Segments;
    return SlideKind::Chart;
}

QString PresentationWindow::slideTitle(int index) const {
    switch (slideKind(index)) {
        case SlideKind::Title:
            return m_in.title.isEmpty() ? tr("Customer segments") : m_in.title;
        case SlideKind::Chart:
            return m_in.charts[std::size_t(index - 1)]->displayTitle();
        case SlideKind::Segments:
            return tr("Segments");
    }
    return {};
}

QStringList PresentationWindow::slideTexts(int index) const {
    QStringList texts;
    QImage scratch(QSize(640, 400), QImage::Format_ARGB32_Premultiplied);
    scratch.fill(Qt::white);
    QPainter painter(&scratch);
    paintSlide(painter, QRectF(0, 0, 640, 400), index, &texts);
    return texts;
}

QString PresentationWindow::sourceName() const {
    return QFileInfo(m_in.sourcePath).fileName();
}

QImage PresentationWindow::renderSlide(int index, QSize size) const {
    if (size.isEmpty()) return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    // 96 dpi as a standard screen, so charts sized in points lay out as they do on one.
    image.setDotsPerMeterX(qRound(96.0 / kMetresPerInch));
    image.setDotsPerMeterY(qRound(96.0 / kMetresPerInch));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintSlide(painter, QRectF(QPointF(0, 0), QSizeF(size)), index);
    return image;
}

void PresentationWindow::paintSlide(QPainter& painter, const QRectF& bounds, int index) const {
    paintSlide(painter, bounds, index, nullptr);
}

void PresentationWindow::paintSlide(QPainter& painter, const QRectF& bounds, int index,
                                    QStringList* texts) const {
    if (bounds.isEmpty()) return;
    index = std::clamp(index, 0, slideCount() - 1);
    painter.save();
    painter.fillRect(bounds, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = bounds.width() / kCanvasWidth;
    painter.translate(bounds.topLeft());
    painter.scale(scale, scale);
    Canvas canvas{painter, kCanvasWidth, bounds.height() / scale, texts};
    switch (slideKind(index)) {
        case SlideKind::Title:
            paintTitle(canvas);
            break;
        case SlideKind::Chart:
            paintChart(canvas, index - 1);
            break;
        case SlideKind::Segments:
            paintSegments(canvas);
            break;
    }
    paintCounter(canvas, index);
    painter.restore();
}

void PresentationWindow::paintTitle(Canvas& c) const {
    const QLocale locale;
    const int k = std::max(m_in.k, static_cast<int>(m_in.sizes.size()));
    qreal y = kMargin;
    const qreal w = c.width - 2 * kMargin;
    const QFont titleFont = canvasFont(60, true);
    const qreal titleH = c.textHeight(slideTitle(0), titleFont, w);
    c.text(QRectF(kMargin, y, w, titleH), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, slideTitle(0),
           titleFont, kText);
    y += titleH + 8;
    QStringList parts;
    if (!sourceName().isEmpty()) parts << sourceName();
    parts << tr("%1 customers").arg(locale.toString(qulonglong(m_in.rows)));
    parts << tr("%n segment(s)", nullptr, k);
    // The shares below follow the one rule, and say so.
    parts << tr("shares of all customers");
    const QString subtitle = parts.join(QStringLiteral(" · "));
    const QFont subFont = canvasFont(28);
    const qreal subH = c.textHeight(subtitle, subFont, w);
    c.text(QRectF(kMargin, y, w, subH), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subtitle, subFont,
           kMuted);
    y += subH + 40;

    if (k == 0) return;
    // Rows share what is left; large type for a handful of segments, smaller when there are many.
    const qreal bottom = c.height - kMargin - 24;
    const qreal rowH = std::clamp((bottom - y) / k, 18.0, 76.0);
    const qreal fontPx = rowH * 0.52;
    const QFont nameFont = canvasFont(fontPx), shareFont = canvasFont(fontPx, true);
    const qreal swatch = rowH * 0.56;
    const qreal shareW =
        QFontMetricsF(shareFont, c.painter.device()).horizontalAdvance(QStringLiteral("<0.1%")) + 8;
    for (int s = 0; s < k && y + rowH <= bottom + 1; ++s) {
        const std::size_t size = s < static_cast<int>(m_in.sizes.size()) ? m_in.sizes[std::size_t(s)] : 0;
        c.painter.setPen(Qt::NoPen);
        c.painter.setBrush(reportSegmentColor(m_in, s));
        c.painter.drawRoundedRect(QRectF(kMargin, y + (rowH - swatch) / 2, swatch, swatch), 4, 4);
        const qreal nameLeft = kMargin + swatch + 24;
        const QRectF nameRect(nameLeft, y, w - (nameLeft - kMargin) - shareW - 16, rowH);
        // A long name wraps onto a second line (in a slightly smaller type) rather than being cut.
        const QString full = reportSegmentName(m_in, s);
        QFont font = nameFont;
        if (QFontMetricsF(font, c.painter.device()).horizontalAdvance(full) > nameRect.width())
            font.setPixelSize(std::max(1, qRound(fontPx * 0.72)));
        const QStringList lines = seg::chart::wrapText(full, font, c.painter.device(), nameRect.width(), 2);
        c.text(nameRect, Qt::AlignLeft | Qt::AlignVCenter, lines.join(QLatin1Char('\n')), font, kText);
        // Of all customers, as every share (charts/Share.h).
        c.text(QRectF(kMargin + w - shareW, y, shareW, rowH), Qt::AlignRight | Qt::AlignVCenter,
               seg::chart::shareText(size, m_in.rows), shareFont, kText);
        y += rowH;
    }
}

void PresentationWindow::paintChart(Canvas& c, int chart) const {
    seg::chart::Chart& source = *m_in.charts[std::size_t(chart)];
    // The chart fills the canvas below the margins with its own title, laid out in canvas px and scaled with
    // it, so its text is large on any screen.
    const QRectF area(kMargin / 2, 32, c.width - kMargin, c.height - 32 - 44);
    if (area.isEmpty()) return;
    if (c.texts) c.texts->append(source.displayTitle());
    try {
        seg::chart::drawChart(source, c.painter, area);
    } catch (const std::exception& e) {
        // A slide show must go on: the error is shown where the chart would be.
        c.text(area, Qt::AlignCenter | Qt::TextWordWrap,
               tr("This chart could not be drawn: %1").arg(e.what()), canvasFont(24), kMuted);
    }
}

void PresentationWindow::paintSegments(Canvas& c) const {
    const int k = std::max(m_in.k, static_cast<int>(m_in.sizes.size()));
    const QFont headFont = canvasFont(48, true);
    const qreal w = c.width - 2 * kMargin;
    const qreal top = 40;
    const qreal headH = QFontMetricsF(headFont, c.painter.device()).height();
    c.text(QRectF(kMargin, top, w, headH), Qt::AlignLeft | Qt::AlignVCenter, slideTitle(slideCount() - 1),
           headFont, kText);
    if (k == 0) return;
    const qreal y0 = top + headH + 28;
    const qreal bottom = c.height - 56;
    const int columns = k > 4 ? 2 : 1;
    const qreal gap = 48;
    const qreal colW = (w - gap * (columns - 1)) / columns;
    const int perColumn = (k + columns - 1) / columns;

    auto description = [this](int s) {
        return s < static_cast<int>(m_in.descriptions.size()) ? m_in.descriptions[s].description : QString();
    };
    // The largest type at which every segment fits: names 34 px, descriptions 24 px at full size.
    qreal f = 1.0;
    auto heightAt = [&](qreal factor) {
        qreal tallest = 0;
        for (int col = 0; col < columns; ++col) {
            qreal h = 0;
            for (int s = col * perColumn; s < std::min(k, (col + 1) * perColumn); ++s) {
                const qreal indent = 34 * factor * 1.2;
                h += c.textHeight(reportSegmentName(m_in, s), canvasFont(34 * factor, true), colW - indent);
                h += c.textHeight(description(s), canvasFont(24 * factor), colW - indent);
                h += 26 * factor;
            }
            tallest = std::max(tallest, h);
        }
        return tallest;
    };
    while (f > 0.35 && heightAt(f) > bottom - y0)
        f *= 0.92;

    const QFont nameFont = canvasFont(34 * f, true), descFont = canvasFont(24 * f);
    const qreal swatch = 34 * f * 0.75;
    const qreal indent = 34 * f * 1.2;
    for (int col = 0; col < columns; ++col) {
        qreal y = y0;
        const qreal left = kMargin + col * (colW + gap);
        for (int s = col * perColumn; s < std::min(k, (col + 1) * perColumn); ++s) {
            const QString name = reportSegmentName(m_in, s);
            const qreal nameH = c.textHeight(name, nameFont, colW - indent);
            const qreal lineH = QFontMetricsF(nameFont, c.painter.device()).height();
            c.painter.setPen(Qt::NoPen);
            c.painter.setBrush(reportSegmentColor(m_in, s));
            c.painter.drawRoundedRect(QRectF(left, y + (lineH - swatch) / 2, swatch, swatch), 3, 3);
            c.text(QRectF(left + indent, y, colW - indent, nameH),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name, nameFont, kText);
            y += nameH;
            const QString text = description(s);
            if (!text.isEmpty()) {
                const qreal descH = c.textHeight(text, descFont, colW - indent);
                c.text(QRectF(left + indent, y, colW - indent, descH),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, descFont, kMuted);
                y += descH;
            }
            y += 26 * f;
        }
    }
}

void PresentationWindow::paintCounter(Canvas& c, int index) const {
    const QFont font = canvasFont(18);
    c.text(QRectF(0, c.height - 40, c.width - 24, 30), Qt::AlignRight | Qt::AlignVCenter,
           tr("%1 / %2").arg(index + 1).arg(slideCount()), font, kMuted);
}

void PresentationWindow::next() {
    goToSlide(m_current + 1);
}

void PresentationWindow::previous() {
    goToSlide(m_current - 1);
}

void PresentationWindow::first() {
    goToSlide(0);
}

void PresentationWindow::last() {
    goToSlide(slideCount() - 1);
}

void PresentationWindow::goToSlide(int index) {
    index = std::clamp(index, 0, slideCount() - 1);
    if (index == m_current) return;
    m_current = index;
    setAccessibleDescription(slideTexts(index).join(QLatin1Char('\n')));
    update();
    emit slideChanged(index);
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintSlide(painter, QRectF(rect()), m_current);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Space:
        case Qt::Key_PageDown:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            next();
            break;
        case Qt::Key_Left:
        case Qt::Key_Backspace:
        case Qt::Key_PageUp:
        case Qt::Key_Up:
            previous();
            break;
        case Qt::Key_Home:
            first();
            break;
        case Qt::Key_End:
            last();
            break;
        case Qt::Key_Escape:
            close();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent* event) {
    wakeCursor();
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
    else
        QWidget::mousePressEvent(event);
}

void PresentationWindow::mouseMoveEvent(QMouseEvent* event) {
    wakeCursor();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    setFocus(Qt::ActiveWindowFocusReason);
    wakeCursor();
}

void PresentationWindow::wakeCursor() {
    if (cursor().shape() == Qt::BlankCursor) unsetCursor();
    m_idle->start();
}

}  // namespace seg::ui
