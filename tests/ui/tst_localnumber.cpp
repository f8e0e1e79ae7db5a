// localNumber(): the user's decimal mark and grouping, and exactly the decimals the value has.
#include <QLocale>
#include <QtTest>

#include "models/LocalNumber.h"

class TestLocalNumber : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void formats_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("grouping");
        QTest::addColumn<QString>("text");
        QTest::newRow("en decimals") << "en_US" << 61.59 << false << "61.59";
        QTest::newRow("de decimals") << "de_DE" << 61.59 << false << "61,59";
        QTest::newRow("de grouped") << "de_DE" << 74806.34 << true << "74.806,34";
        QTest::newRow("en grouped") << "en_US" << 261900.0 << true << "261,900";
        QTest::newRow("de cell, no grouping") << "de_DE" << 261900.0 << false << "261900";
        QTest::newRow("shortest, not rounded") << "en_US" << 0.1 + 0.2 << false << "0.30000000000000004";
        QTest::newRow("negative") << "de_DE" << -0.5 << false << "-0,5";
        QTest::newRow("tiny uses exponent") << "en_US" << 1.5e-30 << false << "1.5E-30";
    }
    void formats() {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(bool, grouping);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(seg::ui::localNumber(value, grouping), text);
    }

    void missingIsEmpty() { QVERIFY(seg::ui::localNumber(std::nan(""), true).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestLocalNumber)
#include "tst_localnumber.moc"
