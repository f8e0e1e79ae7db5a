// Text: wrapping keeps to its number of lines and its width, whatever the words (a word wider than the line,
// many words, one line), and the whole text comes back when it fits.
#include <QFontMetricsF>
#include <QImage>
#include <QtTest>

#include "ChartStyle.h"
#include "Text.h"

using seg::chart::wrapText;

class TestText : public QObject {
    Q_OBJECT

private slots:
    void wrapsWithinLinesAndWidth_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<int>("maxLines");
        QTest::newRow("long first word, then more")
            << "Hochverdiener-Stammkunden-Grossstadt mit hohem Umsatz und vielen Retouren" << 90.0 << 2;
        QTest::newRow("long word in the middle")
            << "High annual_income_eur_before_tax_and_fees, low orders per year" << 120.0 << 2;
        QTest::newRow("three lines") << "High total spend, high orders per year, low days since last purchase"
                                     << 110.0 << 3;
        QTest::newRow("one line") << "High total spend, high orders per year" << 80.0 << 1;
        QTest::newRow("very narrow") << "Loyal big spenders in the city" << 12.0 << 2;
    }

    void wrapsWithinLinesAndWidth() {
        QFETCH(QString, text);
        QFETCH(qreal, width);
        QFETCH(int, maxLines);
        QImage device(10, 10, QImage::Format_ARGB32);
        const QFont font = seg::chart::ChartStyle::standard().labelFont();
        const QStringList lines = wrapText(text, font, &device, width, maxLines);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.size() <= maxLines, qPrintable(lines.join(QLatin1Char('|'))));
        const QFontMetricsF fm(font, &device);
        for (const QString& line : lines)
            QVERIFY2(fm.horizontalAdvance(line) <= width + 0.5 || line.size() <= 1,
                     qPrintable(QStringLiteral("'%1' is %2 wide, more than %3")
                                    .arg(line)
                                    .arg(fm.horizontalAdvance(line))
                                    .arg(width)));
    }

    void wholeTextWhenItFits() {
        QImage device(10, 10, QImage::Format_ARGB32);
        const QFont font = seg::chart::ChartStyle::standard().labelFont();
        const QString text =
            QStringLiteral("High total spend, high orders per year, low days since last purchase");
        const QStringList lines = wrapText(text, font, &device, 200, 4);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.join(QLatin1Char(' ')), text);
        QVERIFY(!lines.join(QString()).contains(QChar(0x2026)));
    }
};

QTEST_MAIN(TestText)
#include "tst_text.moc"
