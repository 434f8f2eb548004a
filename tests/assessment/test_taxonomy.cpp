#include "taxonomy.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

class TestTaxonomy : public QObject
{
  Q_OBJECT

private slots:
  void defaultHasFourCategoriesAndFortySectors()
  {
    const Taxonomy &taxonomy = Taxonomy::defaultTaxonomy();
    QCOMPARE(taxonomy.categories().size(), 4);
    QCOMPARE(taxonomy.sectorCount(), 40);
    QCOMPARE(taxonomy.category(QStringLiteral("industrial"))->sectors.size(), 12);
    QCOMPARE(taxonomy.category(QStringLiteral("crowded"))->sectors.size(), 9);
    QCOMPARE(taxonomy.category(QStringLiteral("facilities"))->sectors.size(), 13);
    QCOMPARE(taxonomy.category(QStringLiteral("natural"))->sectors.size(), 6);
    QCOMPARE(taxonomy.category(QStringLiteral("natural"))->nameZh, QStringLiteral("自然灾害"));
  }

  void findsSectorByCodeOrName_data()
  {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "I01"
                          << "I01";
    QTest::newRow("lower-case code") << "c07"
                                     << "C07";
    QTest::newRow("Chinese name") << "危险化学品生产"
                                  << "I01";
    QTest::newRow("Chinese name with brackets") << "建设工程施工（含轨道交通）"
                                                << "I11";
    QTest::newRow("English name") << "Hospitals"
                                  << "C07";
    QTest::newRow("padded") << "  N06 "
                            << "N06";
  }
  void findsSectorByCodeOrName()
  {
    QFETCH(QString, text);
    QFETCH(QString, code);
    const Sector *sector = Taxonomy::defaultTaxonomy().findSector(text);
    QVERIFY(sector);
    QCOMPARE(sector->code, code);
  }

  void unknownSectorIsNull()
  {
    QVERIFY(!Taxonomy::defaultTaxonomy().findSector(QStringLiteral("X99")));
    QVERIFY(!Taxonomy::defaultTaxonomy().findSector(QString()));
  }

  void sectorKnowsItsCategory()
  {
    QCOMPARE(Taxonomy::defaultTaxonomy().findSector(QStringLiteral("F03"))->categoryCode,
             QStringLiteral("facilities"));
  }

  void jsonRoundTripAndDuplicateCodes()
  {
    Taxonomy parsed;
    QString error;
    const QJsonObject json = Taxonomy::defaultTaxonomy().toJson();
    QVERIFY2(Taxonomy::fromJson(json, parsed, &error), qPrintable(error));
    QCOMPARE(parsed.toJson(), json);

    QJsonObject broken = json;
    QJsonArray categories = broken.value(QStringLiteral("categories")).toArray();
    QJsonObject first = categories.at(0).toObject();
    QJsonArray sectors = first.value(QStringLiteral("sectors")).toArray();
    sectors.append(sectors.at(0));
    first.insert(QStringLiteral("sectors"), sectors);
    categories.replace(0, first);
    broken.insert(QStringLiteral("categories"), categories);
    QVERIFY(!Taxonomy::fromJson(broken, parsed, &error));
    QCOMPARE(error, QStringLiteral("sector code I01 appears twice"));
  }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "test_taxonomy.moc"
