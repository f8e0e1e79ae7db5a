#include "views/ChartWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace seg::ui {

namespace {

// A press and release further apart than this is a drag, not a click.
constexpr qreal kClickSlop = 4.0;

}  // namespace

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent) {
    qRegisterMetaType<seg::chart::Hit>();
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

ChartWidget::~ChartWidget() {
    if (m_chart) m_chart->setListener({});
}

void ChartWidget::setChart(std::shared_ptr<seg::chart::Chart> chart) {
    if (m_chart) m_chart->setListener({});
    m_chart = std::move(chart);
    if (m_chart) {
        m_chart->setListener([this](const seg::chart::Hit& hit) { emit activated(hit); });
        setAccessibleName(m_chart->title());
    }
    refresh();
}

void ChartWidget::refresh() {
    if (m_chart) m_chart->layout(QSizeF(size()), this);
    update();
}

void ChartWidget::ensureLayout() {
    if (m_chart && (!m_chart->isLaidOut() || m_chart->size() != QSizeF(size())))
        m_chart->layout(QSizeF(size()), this);
}

void ChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (!m_chart) {
        painter.fillRect(rect(), Qt::white);
        return;
    }
    ensureLayout();
    m_chart->paint(painter);
}

void ChartWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_chart) m_chart->layout(QSizeF(size()), this);
}

void ChartWidget::mousePressEvent(QMouseEvent* event) {
    if (!m_chart) return QWidget::mousePressEvent(event);
    ensureLayout();
    m_pressPos = event->position();
    m_pressed = event->button() == Qt::LeftButton;
    m_moved = false;
    if (m_chart->mousePress(event->position(), event->button(), event->modifiers())) update();
    event->accept();
}

void ChartWidget::mouseMoveEvent(QMouseEvent* event) {
    if (!m_chart) return QWidget::mouseMoveEvent(event);
    ensureLayout();
    if (m_pressed && QLineF(m_pressPos, event->position()).length() > kClickSlop) m_moved = true;
    if (m_chart->mouseMove(event->position(), event->buttons(), event->modifiers())) update();
    setCursor(m_chart->cursorAt(event->position()));
}

void ChartWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_chart) return QWidget::mouseReleaseEvent(event);
    ensureLayout();
    const bool wasDragging = m_chart->isDragging();
    if (m_chart->mouseRelease(event->position(), event->button(), event->modifiers())) update();
    if (event->button() == Qt::LeftButton && m_pressed && !m_moved && !wasDragging) {
        const seg::chart::Hit hit = m_chart->hitTest(event->position());
        if (hit.kind != seg::chart::Hit::Kind::None) emit activated(hit);
    }
    m_pressed = false;
}

void ChartWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_chart && m_chart->mouseDoubleClick(event->position())) update();
}

void ChartWidget::wheelEvent(QWheelEvent* event) {
    if (m_chart && m_chart->wheel(event->position(), event->angleDelta().y())) {
        update();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void ChartWidget::keyPressEvent(QKeyEvent* event) {
    if (m_chart && m_chart->key(event->key(), event->modifiers())) {
        update();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartWidget::leaveEvent(QEvent* event) {
    if (m_chart && m_chart->leave()) update();
    QWidget::leaveEvent(event);
}

bool ChartWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && m_chart) {
        ensureLayout();
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_chart->hitTest(help->pos()).toolTip;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace seg::ui
