// The project palette: the domain's default colours, a strict JSON form with the path and reason
// of every bad colour, and a method set that keeps its text and hash when it has no palette.

#include "levelpalette.h"
#include "methodset.h"

#include <QJsonDocument>
#include <QtTest>

using namespace riskatlas;

namespace
{
QStringList readProblems(const QJsonObject &palette)
{
  QStringList problems;
  LevelPalette parsed;
  const bool ok = LevelPalette::readJson(
      JsonReader(QJsonObject{{QStringLiteral("palette"), palette}}, &problems)
          .member(QStringLiteral("palette")),
      parsed);
  if (ok != problems.isEmpty())
    problems << QStringLiteral("readJson returned %1 with these problems").arg(ok);
  return problems;
}

QJsonObject templateJson(const QString &name)
{
  QFile file(QStringLiteral(":/riskatlas/methods/%1.json").arg(name));
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestLevelPalette : public QObject
{
  Q_OBJECT

private slots:
  void defaultIsTheDomainPalette()
  {
    const LevelPalette palette;
    QCOMPARE(palette.color(RiskLevel::Major), QStringLiteral("#FF0000"));
    QCOMPARE(palette.color(RiskLevel::Significant), QStringLiteral("#FFA500"));
    QCOMPARE(palette.color(RiskLevel::General), QStringLiteral("#FFFF00"));
    QCOMPARE(palette.color(RiskLevel::Low), QStringLiteral("#0070C0"));
    QCOMPARE(palette.color(RiskLevel::None), QStringLiteral("#BFBFBF"));
    QVERIFY(palette.isDefault());
    // White text on red and blue, black on orange, yellow and grey, as the report always had.
    QCOMPARE(palette.textColor(RiskLevel::Major), QStringLiteral("#FFFFFF"));
    QCOMPARE(palette.textColor(RiskLevel::Low), QStringLiteral("#FFFFFF"));
    QCOMPARE(palette.textColor(RiskLevel::Significant), QStringLiteral("#000000"));
    QCOMPARE(palette.textColor(RiskLevel::General), QStringLiteral("#000000"));
    QCOMPARE(palette.textColor(RiskLevel::None), QStringLiteral("#000000"));
    // The default levels are far apart.
    QVERIFY(palette.similarLevels().isEmpty());
    QCOMPARE(palette.toJson(),
             (QJsonObject{{QStringLiteral("major"), QStringLiteral("#FF0000")},
                          {QStringLiteral("significant"), QStringLiteral("#FFA500")},
                          {QStringLiteral("general"), QStringLiteral("#FFFF00")},
                          {QStringLiteral("low"), QStringLiteral("#0070C0")},
                          {QStringLiteral("none"), QStringLiteral("#BFBFBF")}}));
  }

  void jsonRoundTrip()
  {
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Major, QStringLiteral("#c00000"))); // normalised
    QVERIFY(palette.setColor(RiskLevel::Low, QStringLiteral("#2E75B6")));
    QVERIFY(!palette.setColor(RiskLevel::General, QStringLiteral("yellow")));
    QCOMPARE(palette.color(RiskLevel::Major), QStringLiteral("#C00000"));
    QCOMPARE(palette.color(RiskLevel::General), QStringLiteral("#FFFF00"));
    QVERIFY(!palette.isDefault());
    LevelPalette read;
    QString error;
    QVERIFY2(LevelPalette::fromJson(palette.toJson(), read, &error), qPrintable(error));
    QCOMPARE(read, palette);
    QCOMPARE(read.toJson(), palette.toJson());
    // An absent key keeps the default colour.
    QVERIFY(LevelPalette::fromJson({{QStringLiteral("major"), QStringLiteral("#8b0000")}}, read,
                                   &error));
    QCOMPARE(read.color(RiskLevel::Major), QStringLiteral("#8B0000"));
    QCOMPARE(read.color(RiskLevel::Significant), QStringLiteral("#FFA500"));
  }

  void badColoursAreNamedWithPathAndReason()
  {
    QCOMPARE(
        readProblems({{QStringLiteral("major"), QStringLiteral("#FF00")}}),
        QStringList{QStringLiteral(
            "palette.major: expected a colour written #RRGGBB (e.g. #FF0000), not \"#FF00\"")});
    QCOMPARE(readProblems({{QStringLiteral("low"), QStringLiteral("blue")}}),
             QStringList{QStringLiteral(
                 "palette.low: expected a colour written #RRGGBB (e.g. #FF0000), not \"blue\"")});
    QCOMPARE(readProblems({{QStringLiteral("general"), 255}}),
             QStringList{QStringLiteral("palette.general: expected a string, not 255")});
    QCOMPARE(readProblems({{QStringLiteral("majr"), QStringLiteral("#FF0000")}}),
             QStringList{QStringLiteral("palette.majr: unknown key; did you mean \"major\"?")});
    QCOMPARE(readProblems({{QStringLiteral("significant"), QStringLiteral("#ff0000")}}),
             QStringList{QStringLiteral("palette: major and significant have the same colour "
                                        "#FF0000: levels must stay distinguishable")});
    QStringList problems;
    LevelPalette palette;
    QVERIFY(!LevelPalette::readJson(
        JsonReader(QJsonValue(QStringLiteral("red")), &problems, QStringLiteral("palette")),
        palette));
    QCOMPARE(problems,
             QStringList{QStringLiteral("palette: expected an object, not the string \"red\"")});
    QVERIFY(palette.isDefault()); // untouched
  }

  void nearlyAlikeColoursAreFound()
  {
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Significant, QStringLiteral("#FA0505")));
    const auto pairs = palette.similarLevels();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().first, RiskLevel::Major);
    QCOMPARE(pairs.first().second, RiskLevel::Significant);
    QVERIFY(LevelPalette::difference(QStringLiteral("#FF0000"), QStringLiteral("#FF0000")) < 1e-9);
    QVERIFY(LevelPalette::difference(QStringLiteral("#000000"), QStringLiteral("#FFFFFF")) > 99);
  }

  void aMethodSetWithoutPaletteIsUnchanged_data()
  {
    QTest::addColumn<QString>("name");
    for (const QString &name : MethodSet::templateNames())
      QTest::newRow(qPrintable(name)) << name;
  }
  void aMethodSetWithoutPaletteIsUnchanged()
  {
    QFETCH(QString, name);
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromTemplate(name, set, &error), qPrintable(error));
    QVERIFY(!set.hasPalette());
    QVERIFY(set.palette().isDefault());
    QVERIFY(!set.toJson().contains(QStringLiteral("palette")));
    // Every member the file has is written back exactly (the set adds no key of its own).
    const QJsonObject file = templateJson(name);
    QVERIFY(!file.isEmpty());
    for (const QString &key : file.keys())
      QCOMPARE(set.toJson().value(key), file.value(key));
    const QString hash = set.hash();

    // The same set with a palette: written, hashed and read back with it.
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Major, QStringLiteral("#C00000")));
    MethodSet coloured = set;
    coloured.setPalette(palette);
    QVERIFY(coloured.hash() != hash);
    QCOMPARE(coloured.toJson().value(QStringLiteral("palette")).toObject(), palette.toJson());
    MethodSet reread;
    QVERIFY2(MethodSet::fromJson(coloured.toJson(), reread, &error), qPrintable(error));
    QVERIFY(reread.hasPalette());
    QCOMPARE(reread.palette(), palette);
    QCOMPARE(reread.hash(), coloured.hash());
    // Removing it gives the original set back, hash and all.
    reread.setPalette(std::nullopt);
    QCOMPARE(reread.hash(), hash);
  }

  void aMethodSetNamesItsPaletteProblems()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("palette"),
                QJsonObject{{QStringLiteral("low"), QStringLiteral("#12345G")}});
    MethodSet set;
    QStringList problems;
    QVERIFY(!MethodSet::readJson(json, set, problems));
    QCOMPARE(problems, QStringList{QStringLiteral("palette.low: expected a colour written "
                                                  "#RRGGBB (e.g. #FF0000), not \"#12345G\"")});
  }
};

QTEST_GUILESS_MAIN(TestLevelPalette)
#include "test_levelpalette.moc"
