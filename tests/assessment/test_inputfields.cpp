#include "inputfields.h"

#include <QTest>

using namespace riskatlas;

class TestInputFields : public QObject
{
  Q_OBJECT

private slots:
  void chineseHeadersOfTheSampleRegister()
  {
    const QStringList headers{
        QStringLiteral("编号"),   QStringLiteral("单位名称"), QStringLiteral("行业领域"),
        QStringLiteral("经度"),   QStringLiteral("纬度"),     QStringLiteral("可能性"),
        QStringLiteral("严重性"), QStringLiteral("管控水平"), QStringLiteral("地址")};
    QMap<QString, QString> mapping;
    QString error;
    QVERIFY2(InputFields::resolve(headers, {}, mapping, &error), qPrintable(error));
    QCOMPARE(mapping.value(QStringLiteral("id")), QStringLiteral("编号"));
    QCOMPARE(mapping.value(QStringLiteral("sector")), QStringLiteral("行业领域"));
    QCOMPARE(mapping.value(QStringLiteral("longitude")), QStringLiteral("经度"));
    QCOMPARE(mapping.value(QStringLiteral("severity")), QStringLiteral("严重性"));
    QCOMPARE(mapping.value(QStringLiteral("control")), QStringLiteral("管控水平"));
    QVERIFY(!mapping.values().contains(QStringLiteral("地址")));
  }

  void englishHeadersAnyCase()
  {
    QMap<QString, QString> mapping;
    QVERIFY(InputFields::resolve({QStringLiteral("ID"), QStringLiteral("Name"),
                                  QStringLiteral("Sector_Code"), QStringLiteral("LON"),
                                  QStringLiteral("lat"), QStringLiteral("Consequence")},
                                 {}, mapping, nullptr));
    QCOMPARE(mapping.value(QStringLiteral("sector")), QStringLiteral("Sector_Code"));
    QCOMPARE(mapping.value(QStringLiteral("longitude")), QStringLiteral("LON"));
    QCOMPARE(mapping.value(QStringLiteral("severity")), QStringLiteral("Consequence"));
  }

  void singleLettersAreReadAsASet_data()
  {
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("L+S matrix") << QStringList{"L", "S"} << QStringList{"likelihood", "severity"};
    QTest::newRow("L+E+C LEC") << QStringList{"L", "E", "C"}
                               << QStringList{"lec_l", "lec_e", "lec_c"};
    QTest::newRow("M+E+S MES") << QStringList{"M", "E", "S"}
                               << QStringList{"mes_m", "mes_e", "mes_s"};
  }
  void singleLettersAreReadAsASet()
  {
    QFETCH(QStringList, headers);
    QFETCH(QStringList, targets);
    QMap<QString, QString> mapping;
    QVERIFY(InputFields::resolve(headers, {}, mapping, nullptr));
    for (int i = 0; i < headers.size(); ++i)
      QCOMPARE(mapping.value(targets.at(i)), headers.at(i));
  }

  void explicitMapWins()
  {
    QMap<QString, QString> mapping;
    QString error;
    QVERIFY(InputFields::resolve({QStringLiteral("编号"), QStringLiteral("统一社会信用代码")},
                                 {{QStringLiteral("id"), QStringLiteral("统一社会信用代码")}},
                                 mapping, &error));
    QCOMPARE(mapping.value(QStringLiteral("id")), QStringLiteral("统一社会信用代码"));
  }

  void anEmptyOverrideLeavesTheFieldWithoutAColumn()
  {
    QMap<QString, QString> mapping;
    QString error;
    // Both headers look like the region: choosing none settles it, and 区县 stays an extra column.
    QVERIFY2(InputFields::resolve(
                 {QStringLiteral("编号"), QStringLiteral("区县"), QStringLiteral("所属区县")},
                 {{QStringLiteral("region"), QString()}}, mapping, &error),
             qPrintable(error));
    QVERIFY(!mapping.contains(QStringLiteral("region")));
    QCOMPARE(mapping.value(QStringLiteral("id")), QStringLiteral("编号"));
  }

  void recogniseListsEveryCandidate()
  {
    const QMap<QString, QStringList> candidates = InputFields::recognise(
        {QStringLiteral("编号"), QStringLiteral("lon"), QStringLiteral("经度"), QStringLiteral("L"),
         QStringLiteral("E"), QStringLiteral("C"), QStringLiteral("地址")});
    QCOMPARE(candidates.value(QStringLiteral("id")), QStringList{QStringLiteral("编号")});
    QCOMPARE(candidates.value(QStringLiteral("longitude")),
             (QStringList{QStringLiteral("lon"), QStringLiteral("经度")}));
    QCOMPARE(candidates.value(QStringLiteral("lec_e")), QStringList{QStringLiteral("E")});
    QCOMPARE(candidates.size(), 5);
  }

  void errorsNameTheProblem()
  {
    QMap<QString, QString> mapping;
    QString error;
    QVERIFY(!InputFields::resolve({QStringLiteral("a")},
                                  {{QStringLiteral("id"), QStringLiteral("b")}}, mapping, &error));
    QCOMPARE(error, QStringLiteral("--map id=b: the file has no column \"b\""));
    QVERIFY(!InputFields::resolve(
        {QStringLiteral("a")}, {{QStringLiteral("colour"), QStringLiteral("a")}}, mapping, &error));
    QVERIFY(error.startsWith(QStringLiteral("unknown target field \"colour\"")));
    QVERIFY(!InputFields::resolve({QStringLiteral("lon"), QStringLiteral("经度")}, {}, mapping,
                                  &error));
    QVERIFY(error.contains(QStringLiteral("--map longitude=COLUMN")));
  }
};

QTEST_GUILESS_MAIN(TestInputFields)
#include "test_inputfields.moc"
