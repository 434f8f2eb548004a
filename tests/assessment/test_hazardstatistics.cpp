#include "hazardstatistics.h"
#include "hiddendanger.h"
#include "naturalorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace riskatlas;

namespace
{
HiddenDanger hazard(const char *id, HazardGrade grade, const char *round, const char *district,
                    const char *sector, HazardStatus status, const QDate &deadline)
{
  HiddenDanger h;
  h.id = QString::fromUtf8(id);
  h.grade = grade;
  h.round = QString::fromUtf8(round);
  h.districtCode = QString::fromUtf8(district);
  h.districtName = h.districtCode == QStringLiteral("330101")   ? QStringLiteral("临江区")
                   : h.districtCode == QStringLiteral("330102") ? QStringLiteral("望湖区")
                                                                : QString();
  h.sectorCode = QString::fromUtf8(sector);
  h.sectorName = h.sectorCode + QStringLiteral("名");
  h.status = status;
  h.foundDate = QDate(2026, 3, 1);
  h.deadline = deadline;
  return h;
}

QJsonObject counts(int total, int open, int rectified, int closed, int overdue)
{
  return {{QStringLiteral("total"), total},
          {QStringLiteral("open"), open},
          {QStringLiteral("rectified"), rectified},
          {QStringLiteral("closed"), closed},
          {QStringLiteral("overdue"), overdue}};
}

QJsonObject with(QJsonObject object, const QString &key, const QString &value)
{
  object.insert(key, value);
  return object;
}
} // namespace

class TestHazardStatistics : public QObject
{
  Q_OBJECT

private slots:
  //! Eight hidden dangers counted by hand, as of 15 May 2026.
  void handCountedRegister()
  {
    using G = HazardGrade;
    using S = HazardStatus;
    const QDate may14(2026, 5, 14);
    const QDate may15(2026, 5, 15);
    const QDate may16(2026, 5, 16);
    const QDate april1(2026, 4, 1);
    const QList<HiddenDanger> hazards{
        hazard("H1", G::General, "1", "330101", "I01", S::Closed, april1),
        hazard("H2", G::General, "1", "330101", "I01", S::Rectified, may16),
        hazard("H3", G::Major, "1", "330102", "I02", S::Rectifying, may14), // overdue
        hazard("H4", G::Major, "1", "330102", "I01", S::Assigned, may15),   // deadline day
        hazard("H5", G::General, "2", "330101", "C01", S::Found, may16),
        hazard("H6", G::General, "2", "", "C01", S::Rectifying, april1), // overdue, no district
        hazard("H7", G::Major, "2", "330102", "I02", S::Closed, april1),
        hazard("H8", G::General, "10", "330101", "I01", S::Rectified, april1), // late, not open
    };
    const HazardStatistics statistics = HazardStatistics::compute(hazards, may15);
    QCOMPARE(statistics.all(), (HazardCounts{8, 4, 4, 2, 2}));
    QCOMPARE(statistics.all().rectificationRate(), 0.5);

    QJsonObject expected = counts(8, 4, 4, 2, 2);
    expected.insert(QStringLiteral("as_of"), QStringLiteral("2026-05-15"));
    expected.insert(QStringLiteral("rectification_rate"), 0.5);
    expected.insert(QStringLiteral("by_grade"),
                    QJsonObject{{QStringLiteral("general"), counts(5, 2, 3, 1, 1)},
                                {QStringLiteral("major"), counts(3, 2, 1, 1, 1)}});
    const QString round = QStringLiteral("round");
    expected.insert(QStringLiteral("by_round"),
                    QJsonArray{with(counts(4, 2, 2, 1, 1), round, QStringLiteral("1")),
                               with(counts(3, 2, 1, 1, 1), round, QStringLiteral("2")),
                               with(counts(1, 0, 1, 0, 0), round, QStringLiteral("10"))});
    const QString code = QStringLiteral("code");
    const QString name = QStringLiteral("name");
    expected.insert(
        QStringLiteral("by_district"),
        QJsonArray{with(with(counts(4, 1, 3, 1, 0), code, QStringLiteral("330101")), name,
                        QStringLiteral("临江区")),
                   with(with(counts(3, 2, 1, 1, 1), code, QStringLiteral("330102")), name,
                        QStringLiteral("望湖区")),
                   with(with(counts(1, 1, 0, 0, 1), code, QString()), name, QString())});
    expected.insert(QStringLiteral("by_sector"),
                    QJsonArray{with(with(counts(2, 2, 0, 0, 1), code, QStringLiteral("C01")), name,
                                    QStringLiteral("C01名")),
                               with(with(counts(4, 1, 3, 1, 0), code, QStringLiteral("I01")), name,
                                    QStringLiteral("I01名")),
                               with(with(counts(2, 1, 1, 1, 1), code, QStringLiteral("I02")), name,
                                    QStringLiteral("I02名"))});
    const QJsonObject actual = statistics.toJson();
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys())
      QCOMPARE(
          QJsonDocument(QJsonObject{{key, actual.value(key)}}).toJson(QJsonDocument::Compact),
          QJsonDocument(QJsonObject{{key, expected.value(key)}}).toJson(QJsonDocument::Compact));

    // A day later the hidden danger due on 15 May is overdue too.
    const HazardStatistics later = HazardStatistics::compute(hazards, may15.addDays(1));
    QCOMPARE(later.all().overdue, 3);
    QCOMPARE(later.byGrade(HazardGrade::Major).overdue, 2);
  }

  void emptyRegister()
  {
    const HazardStatistics statistics = HazardStatistics::compute({}, QDate(2026, 5, 15));
    const QJsonObject json = statistics.toJson();
    QCOMPARE(json.value(QStringLiteral("total")).toInt(-1), 0);
    QCOMPARE(json.value(QStringLiteral("rectification_rate")).toDouble(-1), 0.0);
    QVERIFY(json.value(QStringLiteral("by_round")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("by_grade")).toObject().keys(),
             (QStringList{QStringLiteral("general"), QStringLiteral("major")}));
  }

  void naturalOrder()
  {
    QVERIFY(naturalLess(QStringLiteral("2"), QStringLiteral("10")));
    QVERIFY(!naturalLess(QStringLiteral("10"), QStringLiteral("2")));
    QVERIFY(naturalLess(QStringLiteral("YH-9"), QStringLiteral("YH-10")));
    QVERIFY(naturalLess(QStringLiteral("YH-010"), QStringLiteral("YH-11")));
    QVERIFY(naturalLess(QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(!naturalLess(QStringLiteral("A1"), QStringLiteral("A1")));
  }

  void rateIsRoundedToFourDecimals()
  {
    HazardCounts counts;
    counts.total = 1375;
    counts.rectified = 1265;
    QCOMPARE(counts.rectificationRate(), 0.92);
    counts.total = 3;
    counts.rectified = 2;
    QCOMPARE(counts.rectificationRate(), 0.6667);
  }
};

QTEST_GUILESS_MAIN(TestHazardStatistics)
#include "test_hazardstatistics.moc"
