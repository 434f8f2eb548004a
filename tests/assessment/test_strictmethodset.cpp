#include "methodset.h"
#include "taxonomy.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace riskatlas;

/**
 * Method sets and taxonomies are read strictly (issue 11, item 5): a value of the wrong type,
 * a missing required key or an unknown key is named with its JSON path and the value given,
 * and every such problem of a file is listed, instead of taking 0 or "" for it.
 */
class TestStrictMethodSet : public QObject
{
  Q_OBJECT

private:
  static QByteArray shipped(const QString &relative)
  {
    QFile file(qEnvironmentVariable("RISKATLAS_SOURCE_DIR") + QStringLiteral("/resources/") +
               relative);
    if (!file.open(QIODevice::ReadOnly))
      qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
  }

  //! Applies "old", "new" text replacements (each once, the first occurrence).
  static QByteArray edited(QByteArray text, const QStringList &replacements)
  {
    for (int i = 0; i + 1 < replacements.size(); i += 2)
    {
      const QByteArray old = replacements.at(i).toUtf8();
      const int at = text.indexOf(old);
      if (at < 0)
        qFatal("test data: \"%s\" not found", old.constData());
      text.replace(at, old.size(), replacements.at(i + 1).toUtf8());
    }
    return text;
  }

private slots:
  void wrongValuesAreNamed_data()
  {
    QTest::addColumn<QStringList>("replacements");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("string bound")
        << QStringList{R"("from": 20)", R"("from": "20")"}
        << QStringList{R"(default.bands.bands[0].from: expected a number, not the string "20")"};
    QTest::newRow("unknown key with suggestion")
        << QStringList{R"("default":)", R"("defualt":)"}
        << QStringList{R"(defualt: unknown key; did you mean "default"?)",
                       "default: the required key is missing"};
    QTest::newRow("5.5 for an integer")
        << QStringList{R"("likelihood_steps": 5,)", R"("likelihood_steps": 5.5,)"}
        << QStringList{"default.likelihood_steps: expected an integer, not 5.5"};
    QTest::newRow("string for an integer")
        << QStringList{R"("severity_steps": 5,)", R"("severity_steps": "5",)"}
        << QStringList{R"(default.severity_steps: expected an integer, not the string "5")"};
    QTest::newRow("missing required key")
        << QStringList{R"("type": "level-shift",)", ""}
        << QStringList{"control_correction.type: the required key is missing"};
    QTest::newRow("fraction of a level")
        << QStringList{R"("good": -1,)", R"("good": -0.5,)"}
        << QStringList{"control_correction.good: expected an integer, not -0.5"};
    QTest::newRow("every problem is listed")
        << QStringList{R"("from": 9)",          R"("form": 9)", R"("industrial": 0.25)",
                       R"("industrial": true)", R"("title":)",  R"("titel":)"}
        << QStringList{R"(titel: unknown key; did you mean "title"?)",
                       R"(default.bands.bands[1].form: unknown key; did you mean "from"?)",
                       "composite.weights.industrial: expected a number, not true"};
    QTest::newRow("unknown key without a near one")
        << QStringList{R"("rule": "lower-inclusive",)", R"("colour": "red",)"}
        << QStringList{"default.bands.colour: unknown key (known: rule, bands)"};
  }
  void wrongValuesAreNamed()
  {
    QFETCH(QStringList, replacements);
    QFETCH(QStringList, problems);
    const QByteArray text =
        edited(shipped(QStringLiteral("methods/matrix-5x5-gbt42768.json")), replacements);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(text, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    MethodSet set;
    QStringList found;
    QVERIFY(!MethodSet::readJson(json, set, found));
    QCOMPARE(found, problems);
    QString error;
    QVERIFY(!MethodSet::fromJson(json, set, &error));
    QCOMPARE(error, problems.join(QStringLiteral("; ")));
  }

  void shippedFilesAreStrictlyValid()
  {
    for (const QString &name : MethodSet::templateNames())
    {
      const QJsonObject json =
          QJsonDocument::fromJson(shipped(QStringLiteral("methods/%1.json").arg(name))).object();
      MethodSet set;
      QStringList problems;
      QVERIFY2(MethodSet::readJson(json, set, problems), qPrintable(problems.join('\n')));
      // What the project stores (toJson) reads back strictly too.
      QVERIFY2(MethodSet::readJson(set.toJson(), set, problems), qPrintable(problems.join('\n')));
    }
    Taxonomy taxonomy;
    QStringList problems;
    QVERIFY2(Taxonomy::readJson(
                 QJsonDocument::fromJson(shipped(QStringLiteral("taxonomy/default-taxonomy.json")))
                     .object(),
                 taxonomy, problems),
             qPrintable(problems.join('\n')));
    QVERIFY(Taxonomy::readJson(taxonomy.toJson(), taxonomy, problems));
  }

  void taxonomyIsReadStrictly()
  {
    const QByteArray text = edited(shipped(QStringLiteral("taxonomy/default-taxonomy.json")),
                                   {R"("code": "I02")", R"("code": 2)", R"("name_en": "fireworks")",
                                    R"("name_eng": "fireworks")"});
    Taxonomy taxonomy;
    QStringList problems;
    QVERIFY(!Taxonomy::readJson(QJsonDocument::fromJson(text).object(), taxonomy, problems));
    QCOMPARE(
        problems,
        (QStringList{"categories[0].sectors[1].code: expected a string, not 2",
                     "categories[0].sectors[1]: a sector of category industrial lacks its "
                     "code, Chinese or English name",
                     R"(categories[0].sectors[3].name_eng: unknown key; did you mean "name_en"?)",
                     "categories[0].sectors[3].name_en: the required key is missing",
                     "categories[0].sectors[3]: a sector of category industrial lacks its "
                     "code, Chinese or English name"}));
  }
};

QTEST_GUILESS_MAIN(TestStrictMethodSet)
#include "test_strictmethodset.moc"
