#include "auditentry.h"

#include <QCryptographicHash>
#include <QTest>

using namespace riskatlas;

class TestAuditEntry : public QObject
{
  Q_OBJECT

private:
  static QList<AuditEntry> chain()
  {
    QList<AuditEntry> entries;
    QString previous;
    for (int i = 1; i <= 3; ++i)
    {
      AuditEntry entry{i,
                       QStringLiteral("2026-11-29T08:00:0%1Z").arg(i),
                       QStringLiteral("analyst"),
                       QStringLiteral("assess"),
                       QStringLiteral("unit RU000%1").arg(i),
                       QStringLiteral("general"),
                       QStringLiteral("major"),
                       previous,
                       QString(),
                       QString()};
      entry.hash = computeAuditHash(entry);
      previous = entry.hash;
      entries.append(entry);
    }
    return entries;
  }

private slots:
  void intactChainVerifies()
  {
    const QList<AuditEntry> entries = chain();
    QCOMPARE(firstBrokenAuditEntry(entries), -1);
    QCOMPARE(entries.at(1).previousHash, entries.at(0).hash);
    QCOMPARE(entries.at(0).hash.size(), 64);
  }

  void alteredEntryIsDetected()
  {
    QList<AuditEntry> entries = chain();
    entries[1].newValue = QStringLiteral("low");
    QCOMPARE(firstBrokenAuditEntry(entries), 1);
  }

  void removedEntryIsDetected()
  {
    QList<AuditEntry> entries = chain();
    entries.removeAt(1);
    QCOMPARE(firstBrokenAuditEntry(entries), 1);
  }

  void textMovedBetweenFieldsChangesTheHash()
  {
    AuditEntry a{1,
                 QStringLiteral("t"),
                 QStringLiteral("u"),
                 QStringLiteral("ab"),
                 QStringLiteral("c"),
                 {},
                 {},
                 {},
                 {},
                 {}};
    AuditEntry b = a;
    b.action = QStringLiteral("a");
    b.target = QStringLiteral("bc");
    QVERIFY(computeAuditHash(a) != computeAuditHash(b));
  }

  void emptyReasonKeepsTheHashOfEarlierEntries()
  {
    // Entries written before reasons existed were hashed over these eight fields alone.
    AuditEntry entry = chain().first();
    const QString joined = QStringList{QString::number(entry.sequence),
                                       entry.timestamp,
                                       entry.user,
                                       entry.action,
                                       entry.target,
                                       entry.oldValue,
                                       entry.newValue,
                                       entry.previousHash}
                               .join(QChar(0x1F));
    const QString before = QString::fromLatin1(
        QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(computeAuditHash(entry), before);

    // A reason takes part: added, changed or removed, the entry no longer verifies.
    entry.reason = QStringLiteral("expert review");
    const QString withReason = computeAuditHash(entry);
    QVERIFY(withReason != before);
    entry.reason = QStringLiteral("expert opinion");
    QVERIFY(computeAuditHash(entry) != withReason);
    QList<AuditEntry> entries = chain();
    entries[2].reason = QStringLiteral("added later");
    QCOMPARE(firstBrokenAuditEntry(entries), 2);
  }
};

QTEST_GUILESS_MAIN(TestAuditEntry)
#include "test_auditentry.moc"
