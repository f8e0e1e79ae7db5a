// Choosing k: small multiples of the sweep's criteria against k (inertia with its elbow, silhouette,
// Calinski-Harabasz, Davies-Bouldin, and BIC for mixtures), the recommended k as a band across every panel,
// the current k marked, and a click on any k asking for a run with it.
#pragma once

// Every panel shares one k axis: the sweep's k values sit at the centres of equal slots, so a click anywhere
// in a slot (of any panel) picks that k. A criterion whose values are all NaN (not computed) gets no panel.
// Like DendrogramView, everything is drawn by paint(QPainter&, QRectF) in the device's own units (fonts in
// points, pens scaled by the device's DPI), so the widget, a QImage, an SVG or a PDF look the same.

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

#include "run/Sweep.h"

namespace seg::ui {

class ElbowView : public QWidget {
    Q_OBJECT

public:
    explicit ElbowView(QWidget* parent = nullptr);

    void setSweep(std::shared_ptr<const seg::run::SweepResult> sweep);
    [[nodiscard]] const std::shared_ptr<const seg::run::SweepResult>& sweep() const { return m_sweep; }
    // The k of the segmentation on screen (0: none); drawn as a dashed line in every panel.
    [[nodiscard]] int currentK() const { return m_currentK; }

    // Panels drawn (criteria with at least one finite value), in order: inertia, silhouette,
    // Calinski-Harabasz, Davies-Bouldin, BIC.
    [[nodiscard]] int panelCount() const { return static_cast<int>(m_panels.size()); }
    [[nodiscard]] QString panelTitle(int panel) const;

    // Draws the whole chart (title, caption, panels) into `bounds`.
    void paint(QPainter& painter, const QRectF& bounds) const;
    // The chart as an image of `size` logical pixels at device pixel ratio `dpr`.
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Plot area of `panel` drawn into `bounds` on `device` (nullptr: this widget), for hit tests and tests.
    [[nodiscard]] QRectF plotRect(int panel, const QRectF& bounds,
                                  const QPaintDevice* device = nullptr) const;
    // X of `k` inside plotRect(panel, bounds, device); NaN when the sweep has no such k.
    [[nodiscard]] double xForK(int k, int panel, const QRectF& bounds,
                               const QPaintDevice* device = nullptr) const;
    // The k whose slot lies under `pos` (widget coordinates) in any panel; 0 when none.
    [[nodiscard]] int kAt(const QPointF& pos) const;
    // "k = 4\nSilhouette: 0.52" for the panel and k under `pos`; empty when there is none.
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    [[nodiscard]] static QColor lineColor();
    [[nodiscard]] static QColor bestColor();
    [[nodiscard]] static QColor bandColor();

    QSize sizeHint() const override { return {820, 560}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

public slots:
    void setCurrentK(int k);

signals:
    void kClicked(int k);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Panel {
        QString title;  // the criterion's name
        QString hint;   // "higher is better", dropped when the panel is too narrow for it
        QString valueName;
        std::vector<double> values;             // one per sweep k; NaN where absent
        int bestK = 0;                          // 0: none
        QString bestLabel;                      // "best" or "elbow"
        double lo = 0.0, hi = 1.0, step = 0.2;  // y axis
    };
    struct Layout;

    void rebuild();
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;
    // Panel and k index under `pos` in widget coordinates; false when outside every panel's slots.
    bool hit(const QPointF& pos, int& panel, int& index) const;

    std::shared_ptr<const seg::run::SweepResult> m_sweep;
    std::vector<Panel> m_panels;
    int m_currentK = 0;
    int m_hoverIndex = -1;
};

}  // namespace seg::ui
