// The font maps and reports use: WenQuanYi Micro Hei where installed (Debian), else the Chinese
// fonts Windows has, in a fixed order, with the layouts' family drawn by them.
#include "qgistestmain.h"
#include "support/gisruntime.h"

#include <QFont>
#include <QFontDatabase>
#include <QTest>

using namespace riskatlas;

class TestCartographyFont : public QObject
{
  Q_OBJECT

private slots:
  void choosesTheFirstInstalledPreference_data()
  {
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("chosen");
    const QString wqy = QStringLiteral("WenQuanYi Micro Hei");
    const QString yahei = QStringLiteral("Microsoft YaHei");
    const QString simhei = QStringLiteral("SimHei");
    const QString simsun = QStringLiteral("SimSun");
    const QString arial = QStringLiteral("Arial");
    QTest::newRow("Debian") << QStringList{QStringLiteral("DejaVu Sans"), wqy} << wqy;
    QTest::newRow("Windows") << QStringList{arial, simsun, simhei, yahei} << yahei;
    QTest::newRow("Windows with WenQuanYi installed")
        << QStringList{yahei, simhei, simsun, wqy} << wqy;
    QTest::newRow("no YaHei") << QStringList{arial, simsun, simhei} << simhei;
    QTest::newRow("SimSun only") << QStringList{arial, simsun} << simsun;
    QTest::newRow("case as the system spells it")
        << QStringList{QStringLiteral("microsoft yahei")} << yahei;
    QTest::newRow("none: the pinned font, so the check warns") << QStringList{arial} << wqy;
  }
  void choosesTheFirstInstalledPreference()
  {
    QFETCH(QStringList, installed);
    QFETCH(QString, chosen);
    QCOMPARE(chooseCartographyFont(installed), chosen);
  }

  void thisMachineUsesWenQuanYi()
  {
    // startQgis() resolved the font from the installed families (fonts-wqy-microhei here).
    QVERIFY(QFontDatabase().hasFamily(QStringLiteral("WenQuanYi Micro Hei")));
    QVERIFY(installedCartographyFonts().contains(QStringLiteral("WenQuanYi Micro Hei")));
    QCOMPARE(cartographyFontFamily(), QStringLiteral("WenQuanYi Micro Hei"));
    QString message;
    QVERIFY(checkCartographyFont(&message));
    QVERIFY(QFont::substitutes(QStringLiteral("WenQuanYi Micro Hei")).isEmpty());
  }

  void withoutWenQuanYiTheLayoutsFontIsDrawnWithTheFallbacks()
  {
    // As on Windows: the layout templates name WenQuanYi Micro Hei; Qt draws it with YaHei,
    // then SimHei, then SimSun.
    const QStringList windows{QStringLiteral("Arial"), QStringLiteral("SimSun"),
                              QStringLiteral("Microsoft YaHei")};
    QCOMPARE(resolveCartographyFont(windows), QStringLiteral("Microsoft YaHei"));
    QCOMPARE(cartographyFontFamily(), QStringLiteral("Microsoft YaHei"));
    // Qt keeps substitutes in lower case (family names match regardless of case).
    QCOMPARE(QFont::substitutes(QStringLiteral("WenQuanYi Micro Hei")),
             (QStringList{QStringLiteral("microsoft yahei"), QStringLiteral("simhei"),
                          QStringLiteral("simsun")}));
    QString message;
    QVERIFY(checkCartographyFont(&message));

    // None installed: the check names them all.
    resolveCartographyFont({QStringLiteral("Arial")});
    QVERIFY(!checkCartographyFont(&message));
    QVERIFY2(message.contains(QStringLiteral("Microsoft YaHei")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("fonts-wqy-microhei")), qPrintable(message));

    resolveCartographyFont(installedCartographyFonts()); // back to this machine's
    QCOMPARE(cartographyFontFamily(), QStringLiteral("WenQuanYi Micro Hei"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCartographyFont)
#include "test_cartographyfont.moc"
