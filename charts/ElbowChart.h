// Choosing k: small multiples of the sweep's criteria against k (inertia with its elbow, silhouette,
// Calinski-Harabasz, Davies-Bouldin, and BIC for mixtures), the recommended k as a band across every panel,
// the current k dashed, and a click on any k asking for a run with it.
#pragma once

// Every panel shares one k axis: the sweep's k values sit at the centres of equal slots, so a point anywhere
// in a slot (of any panel, down over its k labels) is that k. A criterion whose values are all NaN (not
// computed) gets no panel. Above the panels the caption says what is recommended and why, wrapped over as
// many lines as it needs; the panels get the height that remains.

#include <QCoreApplication>
#include <QFont>
#include <memory>
#include <vector>

#include "Axis.h"
#include "Chart.h"
#include "Legend.h"
#include "run/Sweep.h"

namespace seg::chart {

class ElbowChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::ElbowChart)

public:
    explicit ElbowChart(const ChartStyle& style = ChartStyle::standard());

    void setSweep(std::shared_ptr<const seg::run::SweepResult> sweep);
    [[nodiscard]] const std::shared_ptr<const seg::run::SweepResult>& sweep() const { return m_sweep; }
    // The k of the segmentation on screen (0: none); drawn as a dashed line in every panel.
    void setCurrentK(int k);
    [[nodiscard]] int currentK() const { return m_currentK; }

    [[nodiscard]] QString name() const override { return QStringLiteral("elbow"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool hasData() const override;

    // Panels drawn (criteria with at least one finite value), in order: inertia, silhouette,
    // Calinski-Harabasz, Davies-Bouldin, BIC.
    [[nodiscard]] int panelCount() const { return static_cast<int>(m_panels.size()); }
    [[nodiscard]] QString panelTitle(int panel) const;

    // The caption: "Recommended: 4 segments" (or "No recommendation"; empty without a sweep) and the reason
    // ("3 of 4 criteria point to it: ..."; empty when none).
    [[nodiscard]] QString recommendationText() const;
    [[nodiscard]] QString reasonText() const;

    // As laid out. The caption's lines (each no wider than contentRect(), none elided), the fonts they are
    // drawn in, and the box holding them.
    [[nodiscard]] QStringList recommendationLines() const { return m_recommendationLines; }
    [[nodiscard]] QStringList reasonLines() const { return m_reasonLines; }
    [[nodiscard]] QFont recommendationFont() const { return m_captionFont; }
    [[nodiscard]] QFont reasonFont() const { return m_reasonFont; }
    [[nodiscard]] QRectF captionRect() const { return m_captionRect; }
    // The key to the band and the dashed line (empty without data).
    [[nodiscard]] QRectF legendRect() const { return m_hasLegend ? m_legend.bounds() : QRectF(); }
    // The plot area of `panel`, and the x of `k` in it (NaN when the sweep has no such k).
    [[nodiscard]] QRectF plotRect(int panel) const;
    [[nodiscard]] double xForK(int k, int panel) const;
    // Every how many k a label is written, and the k written under every panel: the current k first, then
    // the recommended one, then every kLabelEvery()-th, each only where it touches none already written.
    [[nodiscard]] int kLabelEvery() const { return m_labelEvery; }
    [[nodiscard]] std::vector<int> labelledK() const;

    // The k whose slot lies under `pos` in any panel; 0 when none.
    [[nodiscard]] int kAt(QPointF pos) const;
    // "k = 4\nSilhouette: 0.52" for the panel and k under `pos`; empty when there is none.
    [[nodiscard]] QString toolTipAt(QPointF pos) const;
    // A k under the point: Hit::Kind::K with `k` (a click asks for a run with it) and the tooltip.
    [[nodiscard]] Hit hitTest(QPointF point) const override;

    // Hovering a k rings its point in every panel; the k hovered (0: none).
    [[nodiscard]] int hoveredK() const;
    bool mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers) override;
    bool leave() override;

    [[nodiscard]] static QColor lineColor();  // the criteria's lines: Okabe-Ito blue
    [[nodiscard]] static QColor bandColor();  // the recommended k: a pale Okabe-Ito yellow
    [[nodiscard]] QColor bestColor() const;   // each panel's best k: the style's accent

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    struct Panel {
        QString title;  // the criterion's name
        QString hint;   // "higher is better", dropped when the panel is too narrow for it
        QString valueName;
        std::vector<double> values;  // one per sweep k; NaN where absent
        int bestK = 0;               // 0: none
        QString bestLabel;           // "best" or "elbow"
        Axis axis;                   // y
    };

    void rebuild();
    // Panel and k index under `pos`; false when outside every panel's slots.
    bool hit(QPointF pos, int& panel, int& index) const;
    [[nodiscard]] std::size_t kCount() const;
    [[nodiscard]] qreal slotWidth(std::size_t panel) const;
    [[nodiscard]] qreal xAt(std::size_t panel, std::size_t index) const;
    // The horizontal extent of a k label `width` wide under x in `panel` (y and height mean nothing).
    [[nodiscard]] QRectF kLabelBox(std::size_t panel, qreal x, qreal width) const;
    [[nodiscard]] qreal yOf(std::size_t panel, double v) const;
    void paintPanel(QPainter& painter, std::size_t pi) const;

    std::shared_ptr<const seg::run::SweepResult> m_sweep;
    std::vector<Panel> m_panels;
    int m_currentK = 0;
    int m_hoverIndex = -1;

    // Layout.
    QFont m_captionFont, m_reasonFont, m_panelFont, m_tickFont, m_markFont;
    QStringList m_recommendationLines, m_reasonLines;
    QRectF m_recommendationRect, m_reasonRect, m_captionRect;
    Legend m_legend;
    bool m_hasLegend = false;
    std::vector<QRectF> m_panelTitles;
    std::vector<QRectF> m_plots;
    QRectF m_emptyRect;
    bool m_showHints = true;
    int m_labelEvery = 1;
    std::vector<bool> m_kLabelled;  // per sweep k
};

}  // namespace seg::chart
