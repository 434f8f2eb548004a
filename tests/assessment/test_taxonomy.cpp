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

  void issuesNameTheEntryAndField()
  {
    QList<Category> categories = Taxonomy::defaultTaxonomy().categories();
    QVERIFY(Taxonomy::fromCategories(categories).issues().isEmpty());
    categories[1].sectors[2].code = QStringLiteral("i01"); // the same code in another case
    categories[3].nameEn = QStringLiteral("  ");
    categories << Category{
        QStringLiteral("crowded"), QStringLiteral("重复"), QStringLiteral("Again"), {}};
    const QList<TaxonomyIssue> issues = Taxonomy::fromCategories(categories).issues();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).category, 1);
    QCOMPARE(issues.at(0).sector, 2);
    QCOMPARE(int(issues.at(0).field), int(TaxonomyIssue::Field::Code));
    QCOMPARE(issues.at(0).reason, QStringLiteral("sector code i01 appears twice"));
    QCOMPARE(issues.at(1).category, 3);
    QCOMPARE(issues.at(1).sector, -1);
    QCOMPARE(int(issues.at(1).field), int(TaxonomyIssue::Field::NameEn));
    QCOMPARE(issues.at(2).category, 4);
    QCOMPARE(issues.at(2).reason, QStringLiteral("category code crowded appears twice"));
  }

  void lackingSectorsAreThoseUnitsUse()
  {
    const Taxonomy &taxonomy = Taxonomy::defaultTaxonomy();
    const QHash<QString, qint64> used{
        {QStringLiteral("I01"), 3}, {QStringLiteral("X01"), 1}, {QStringLiteral("i02"), 2}};
    // A unit's code must match exactly: "i02" is not I02.
    QCOMPARE(taxonomy.lackingSectors(used),
             (QStringList{QStringLiteral("X01 (1 unit(s))"), QStringLiteral("i02 (2 unit(s))")}));
    QVERIFY(taxonomy.lackingSectors({{QStringLiteral("I01"), 3}}).isEmpty());
  }

  void changesFromListEachEdit()
  {
    const Taxonomy &before = Taxonomy::defaultTaxonomy();
    QVERIFY(before.changesFrom(before).isEmpty());
    QList<Category> categories = before.categories();
    categories[0].sectors[0].nameZh = QStringLiteral("新名称");
    const Sector moved = categories[1].sectors.takeAt(0);
    categories[1].sectors.removeAt(0);
    categories << Category{QStringLiteral("transport"),
                           QStringLiteral("交通运输"),
                           QStringLiteral("Transport"),
                           {moved}};
    const QStringList changes = Taxonomy::fromCategories(categories).changesFrom(before);
    const Sector &renamed = before.categories().at(0).sectors.at(0);
    const QString removed = before.categories().at(1).sectors.at(1).code;
    QCOMPARE(changes,
             (QStringList{QStringLiteral("added category transport 交通运输 / Transport"),
                          QStringLiteral("renamed sector %1: %2 / %3 → 新名称 / %3")
                              .arg(renamed.code, renamed.nameZh, renamed.nameEn),
                          QStringLiteral("moved sector %1: crowded → transport").arg(moved.code),
                          QStringLiteral("retired sector %1").arg(removed)}));
  }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "test_taxonomy.moc"
