#include "clirunner.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sqlite3.h>

using namespace riskatlas::test;

/**
 * Issue 11 (items 1, 8, 9): a damaged project is reported, never read as empty; read commands
 * never change the file; a project another program holds is waited for and named as in use.
 */
class TestCliProjectIo : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject; //!< the sample, assessed
  int mCounter = 0;

  //! A fresh copy of the assessed sample in a folder of its own, under \a name.
  QString copy(const QString &name = QStringLiteral("city.gpkg"))
  {
    const QString folder = mDir.filePath(QStringLiteral("c%1").arg(++mCounter));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (!QFile::copy(mProject, path))
      qFatal("cannot copy %s", qPrintable(mProject));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
  }

  static QByteArray md5(const QString &path)
  {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
      return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex();
  }

  static bool sql(const QString &path, const char *statement)
  {
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const bool ok = sqlite3_exec(db, statement, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
  }

  static QString value(const QString &path, const char *query)
  {
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, query, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
      result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
  }

  //! Overwrites the root page of \a table with garbage: every read of it fails.
  static void corruptTable(const QString &path, const char *table)
  {
    const int pageSize = value(path, "PRAGMA page_size").toInt();
    const int root =
        value(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                        .arg(QString::fromLatin1(table))
                        .toUtf8()
                        .constData())
            .toInt();
    QVERIFY(pageSize > 0 && root > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(root - 1) * pageSize));
    file.write(QByteArray(pageSize, '\x5a'));
  }

  //! Every read command on \a project, each with its own output file.
  QList<QStringList> readCommands(const QString &project)
  {
    const QString out = QFileInfo(project).dir().filePath(QStringLiteral("out"));
    return {{QStringLiteral("summary"), project, QStringLiteral("--json")},
            {QStringLiteral("export-units"), project, out + QStringLiteral(".csv")},
            {QStringLiteral("export-map"), project, out + QStringLiteral(".png"),
             QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--dpi"),
             QStringLiteral("30")},
            {QStringLiteral("report"), project, out + QStringLiteral(".pdf")},
            {QStringLiteral("methods"), QStringLiteral("export"), project,
             out + QStringLiteral("-methods.json")},
            {QStringLiteral("taxonomy"), QStringLiteral("export"), project,
             out + QStringLiteral("-taxonomy.json")},
            {QStringLiteral("methods"), QStringLiteral("validate"),
             sourceDir() + QStringLiteral("/resources/methods/lec.json"),
             QStringLiteral("--project"), project}};
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = mDir.filePath(QStringLiteral("sample.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  // Item 1 -----------------------------------------------------------------------------------

  void damagedPagesAreAFailureNotZeroUnits()
  {
    const QString project = copy();
    corruptTable(project, "units");
    for (const QStringList &command : readCommands(project).mid(0, 4))
    {
      const CliRun run = runCli(command);
      QVERIFY2(run.exitCode == 1, qPrintable(command.join(' ') + QLatin1Char('\n') + run.err));
      QVERIFY2(run.err.contains(project + QStringLiteral(": the project file is damaged")),
               qPrintable(command.join(' ') + QLatin1Char('\n') + run.err));
      QVERIFY2(!run.out.contains(QStringLiteral("\"units\": 0")), qPrintable(run.out));
    }
  }

  void missingTablesAreNamed_data()
  {
    QTest::addColumn<QString>("table");
    for (const char *table : {"ra_audit_log", "ra_method_sets", "units", "ra_taxonomy"})
      QTest::newRow(table) << QString::fromLatin1(table);
  }

  void missingTablesAreNamed()
  {
    QFETCH(QString, table);
    const QString project = copy();
    QVERIFY(sql(project, QStringLiteral("DROP TABLE %1").arg(table).toUtf8().constData()));
    for (const QString &command : {QStringLiteral("summary"), QStringLiteral("assess")})
    {
      const CliRun run = runCli({command, project});
      QVERIFY2(run.exitCode == 1,
               qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
      QVERIFY2(run.err.contains(QStringLiteral("%1: table %2 is missing").arg(project, table)),
               qPrintable(run.err));
    }
  }

  void badSchemaVersionIsNamed()
  {
    const QString project = copy();
    QVERIFY(sql(project, "UPDATE ra_metadata SET value = 'eight' WHERE key = 'schema_version'"));
    CliRun run = runCli({QStringLiteral("summary"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(project + QStringLiteral(": the schema version \"eight\"")),
             qPrintable(run.err));
    QVERIFY(sql(project, "DELETE FROM ra_metadata WHERE key = 'schema_version'"));
    run = runCli({QStringLiteral("summary"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(project + QStringLiteral(": the metadata row schema_version is "
                                                       "missing")),
             qPrintable(run.err));
  }

  // Item 8 -----------------------------------------------------------------------------------

  void readCommandsLeaveTheFileByteForByte()
  {
    // A renamed file: before, any command rewrote its embedded QGIS project.
    const QString project = copy(QStringLiteral("renamed.gpkg"));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = md5(project);
    for (const QStringList &command : readCommands(project))
    {
      const CliRun run = runCli(command);
      QVERIFY2(run.exitCode == 0, qPrintable(command.join(' ') + QLatin1Char('\n') + run.err));
      QCOMPARE(md5(project), before);
    }
    const QStringList left = QFileInfo(project).dir().entryList({QStringLiteral("renamed.gpkg*")});
    QCOMPARE(left, QStringList{QStringLiteral("renamed.gpkg")});
  }

  void foreignGeoPackageIsRefusedAndUnchanged()
  {
    const QString folder = mDir.filePath(QStringLiteral("foreign"));
    QDir().mkpath(folder);
    const QString foreign = QDir(folder).filePath(QStringLiteral("roads.gpkg"));
    runTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GPKG"), foreign,
                                        sampleFile(QStringLiteral("districts.geojson"))});
    QVERIFY(QFileInfo(foreign).size() > 0);
    const QByteArray before = md5(foreign);
    for (const QStringList &command : readCommands(foreign))
    {
      const CliRun run = runCli(command);
      QVERIFY2(run.exitCode == 1, qPrintable(command.join(' ') + QLatin1Char('\n') + run.err));
      QVERIFY2(run.err.contains(foreign + QStringLiteral(" is not a RiskAtlas project")),
               qPrintable(run.err));
      QCOMPARE(md5(foreign), before);
    }
  }

  void onlyWritingCommandsMigrateAndSaySo()
  {
    const QString project = copy();
    QVERIFY(sql(project, "UPDATE ra_metadata SET value = '7' WHERE key = 'schema_version'"));
    const QByteArray before = md5(project);
    CliRun run = runCli({QStringLiteral("summary"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(project + QStringLiteral(": the project has schema version 7")),
             qPrintable(run.err));
    QCOMPARE(md5(project), before);
    run = runCli({QStringLiteral("methods"), QStringLiteral("import"), project,
                  QStringLiteral("--template"), QStringLiteral("lec")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(project + QStringLiteral(": migrated from schema 7 to 9")),
             qPrintable(run.err));
    expectSuccess(runCli({QStringLiteral("summary"), project}));
  }

  // Item 9 -----------------------------------------------------------------------------------

  void commandsWaitForAHeldProjectThenSayItIsInUse()
  {
    const QString project = copy();
    const QString units = sampleFile(QStringLiteral("units.csv"));
    const QByteArray before = md5(project);
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(project.toUtf8().constData(), &other), SQLITE_OK);
    // A writer in the middle of its commit: no other program may even read.
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const CliRun summary = runCli({QStringLiteral("summary"), project});
    const CliRun import = runCli({QStringLiteral("import-units"), project, units});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    // A writer inside its transaction (the write lock): readers may read, writers wait.
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const CliRun overwrite =
        runCli({QStringLiteral("new"), project, QStringLiteral("--overwrite")});
    const CliRun reading = runCli({QStringLiteral("summary"), project});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    for (const CliRun &run : {summary, import})
    {
      QCOMPARE(run.exitCode, 1);
      QVERIFY2(run.err.contains(project + QStringLiteral(": the project is in use by another "
                                                         "program")),
               qPrintable(run.err));
      QVERIFY2(!run.err.contains(QStringLiteral("opened for writing")), qPrintable(run.err));
    }
    QCOMPARE(overwrite.exitCode, 1);
    QVERIFY2(overwrite.err.contains(project + QStringLiteral(": another program has this project "
                                                             "open; it was not replaced")),
             qPrintable(overwrite.err));
    expectSuccess(reading);
    QCOMPARE(md5(project), before);
  }

  void overwriteRefusesAProjectASessionHoldsInWalMode()
  {
    const QString project = copy();
    sqlite3 *session = nullptr;
    QCOMPARE(sqlite3_open(project.toUtf8().constData(), &session), SQLITE_OK);
    // What ProjectJournal does for the workbench: WAL, and a connection that has read.
    QCOMPARE(sqlite3_exec(session, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(session, "SELECT count(*) FROM units", nullptr, nullptr, nullptr),
             SQLITE_OK);
    const CliRun run = runCli({QStringLiteral("new"), project, QStringLiteral("--overwrite")});
    sqlite3_close(session);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(project + QStringLiteral(": another program has this project "
                                                       "open; it was not replaced")),
             qPrintable(run.err));
    QCOMPARE(value(project, "SELECT value FROM ra_metadata WHERE key = 'project_name'"),
             QStringLiteral("示例市"));
  }

  void killedOverwriteLeavesOldOrNewNeverNone()
  {
    const QString project = copy();
    const QDir folder = QFileInfo(project).dir();
    // Killed while the new project is being built beside the old one: the old one is whole.
    QProcess process;
    process.start(QStringLiteral(RISKATLAS_CLI),
                  {QStringLiteral("new"), project, QStringLiteral("--overwrite"),
                   QStringLiteral("--name"), QStringLiteral("新")});
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    bool seen = false;
    while (!seen && timer.elapsed() < 60000 && process.state() == QProcess::Running)
      seen = !folder.entryList({QStringLiteral(".city.gpkg.new-*")}, QDir::Hidden | QDir::Files)
                  .isEmpty();
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished();
    QVERIFY2(seen, "the new project is not built beside the old one");
    QCOMPARE(value(project, "SELECT value FROM ra_metadata WHERE key = 'project_name'"),
             QStringLiteral("示例市"));
    QCOMPARE(value(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
    // Killed at other moments: one whole project or the other.
    for (int delayMs : {200, 400, 600, 800, 1000, 1300})
    {
      QProcess run;
      run.start(QStringLiteral(RISKATLAS_CLI),
                {QStringLiteral("new"), project, QStringLiteral("--overwrite"),
                 QStringLiteral("--name"), QStringLiteral("新")});
      QVERIFY(run.waitForStarted());
      QTest::qSleep(delayMs);
      ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
      run.waitForFinished();
      const QString name =
          value(project, "SELECT value FROM ra_metadata WHERE key = 'project_name'");
      QVERIFY2(name == QStringLiteral("示例市") || name == QStringLiteral("新"), qPrintable(name));
      QCOMPARE(value(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }
    expectSuccess(runCli({QStringLiteral("new"), project, QStringLiteral("--overwrite"),
                          QStringLiteral("--name"), QStringLiteral("新")}));
    QCOMPARE(value(project, "SELECT value FROM ra_metadata WHERE key = 'project_name'"),
             QStringLiteral("新"));
  }
};

QTEST_GUILESS_MAIN(TestCliProjectIo)
#include "test_cli_projectio.moc"
