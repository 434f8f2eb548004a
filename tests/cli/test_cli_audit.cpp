// `riskatlas-cli audit`: the log as the analyst reads it and as scripts read it (JSON), and
// `--verify`, which names the first bad entry of a chain someone edited, cut or reordered —
// after dropping the triggers that keep the log append-only, as a tamperer would.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace riskatlas::test;

class TestCliAudit : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mProject;

  //! A copy of the project with \a statements run after the append-only triggers are dropped.
  QString tampered(const QString &name, const QStringList &statements)
  {
    const QString path = mDir.filePath(name);
    if (!QFile::copy(mProject, path))
      return QString();
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
      return QString();
    QStringList all{QStringLiteral("DROP TRIGGER ra_audit_log_no_update"),
                    QStringLiteral("DROP TRIGGER ra_audit_log_no_delete")};
    all << statements;
    for (const QString &sql : all)
    {
      char *error = nullptr;
      if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
      {
        qWarning("%s: %s", qPrintable(sql), error);
        sqlite3_free(error);
        sqlite3_close(db);
        return QString();
      }
    }
    sqlite3_close(db);
    return path;
  }

  static QJsonObject json(const CliRun &run)
  {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
  }

private slots:
  void initTestCase()
  {
    mProject = mDir.filePath(QStringLiteral("city.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void printsTheLogOldestFirst()
  {
    const CliRun run = runCli({QStringLiteral("audit"), mProject});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // new, method set, CRS, districts, units, assess
    QVERIFY2(lines.first().startsWith(QLatin1String("#1 ")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String(" new city.gpkg")));
    QVERIFY2(lines.at(4).contains(QLatin1String("import-units units.csv: 360 added")),
             qPrintable(lines.at(4)));
    QVERIFY(lines.last().startsWith(QLatin1String("#6 ")));
    QVERIFY(lines.last().contains(QLatin1String(" assess project: ")));
  }

  void verifiesAnIntactChain()
  {
    const CliRun run = runCli({QStringLiteral("audit"), mProject, QStringLiteral("--verify")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("audit chain intact: 6 records, head ")),
             qPrintable(run.out));
    const CliRun asJson = runCli(
        {QStringLiteral("audit"), mProject, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(asJson.exitCode, 0);
    const QJsonObject object = json(asJson);
    QCOMPARE(object.value(QStringLiteral("count")).toInt(), 6);
    QCOMPARE(object.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(object.value(QStringLiteral("first_broken")).isNull());
    const QJsonArray entries = object.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 6);
    QCOMPARE(object.value(QStringLiteral("head_hash")).toString(),
             entries.last().toObject().value(QStringLiteral("hash")).toString());
    // Each entry links to the one before it.
    for (int i = 1; i < entries.size(); ++i)
      QCOMPARE(entries.at(i).toObject().value(QStringLiteral("previous_hash")).toString(),
               entries.at(i - 1).toObject().value(QStringLiteral("hash")).toString());
    const QJsonObject first = entries.first().toObject();
    for (const char *key : {"sequence", "timestamp", "user", "action", "target", "old", "new",
                            "reason", "previous_hash", "hash"})
      QVERIFY2(first.contains(QLatin1String(key)), key);
  }

  void namesTheFirstBadEntry_data()
  {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("said");
    QTest::newRow("edited")
        << QStringList{QStringLiteral(
               "UPDATE ra_audit_log SET new_value = '9 district' WHERE seq = 4")}
        << 4 << QStringLiteral("altered") << QStringLiteral("was altered");
    QTest::newRow("deleted") << QStringList{QStringLiteral(
                                    "DELETE FROM ra_audit_log WHERE seq = 3")}
                             << 4 << QStringLiteral("unlinked")
                             << QStringLiteral("does not follow the entry before it");
    // Entries 4 and 5 swap places, numbers and all: each still matches its own hash.
    QTest::newRow("reordered")
        << QStringList{QStringLiteral("UPDATE ra_audit_log SET seq = -4 WHERE seq = 4"),
                       QStringLiteral("UPDATE ra_audit_log SET seq = 4 WHERE seq = 5"),
                       QStringLiteral("UPDATE ra_audit_log SET seq = 5 WHERE seq = -4")}
        << 4 << QStringLiteral("altered") << QStringLiteral("was altered");
  }

  void namesTheFirstBadEntry()
  {
    QFETCH(QStringList, statements);
    QFETCH(int, sequence);
    QFETCH(QString, problem);
    QFETCH(QString, said);
    const QString path =
        tampered(QStringLiteral("%1.gpkg").arg(QTest::currentDataTag()), statements);
    QVERIFY(!path.isEmpty());
    const CliRun run = runCli({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("audit entry #%1 ").arg(sequence)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));

    const CliRun asJson = runCli(
        {QStringLiteral("audit"), path, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(asJson.exitCode, 1);
    const QJsonObject object = json(asJson);
    QCOMPARE(object.value(QStringLiteral("intact")).toBool(), false);
    const QJsonObject broken = object.value(QStringLiteral("first_broken")).toObject();
    QCOMPARE(broken.value(QStringLiteral("sequence")).toInt(), sequence);
    QCOMPARE(broken.value(QStringLiteral("problem")).toString(), problem);

    // Without --verify the log still prints (the reader decides), and exits 0.
    QCOMPARE(runCli({QStringLiteral("audit"), path}).exitCode, 0);
  }

  void aMissingProjectIsAFailure()
  {
    const CliRun run =
        runCli({QStringLiteral("audit"), mDir.filePath(QStringLiteral("none.gpkg"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("none.gpkg")));
    QCOMPARE(runCli({QStringLiteral("audit")}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
