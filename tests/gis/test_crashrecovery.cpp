#include "qgistestmain.h"
#include "samplecopies.h"
#include "store/projectjournal.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QProcess>
#include <QScopeGuard>
#include <chrono>
#include <cstdio>
#include <sqlite3.h>
#include <thread>

using namespace riskatlas;

namespace
{
const char *writerVariable = "RISKATLAS_TEST_KILLED_WRITER";

/**
 * The writer this suite kills: run as a child process of the suite, it commits one change,
 * then changes every unit in a second transaction with a page cache so small that SQLite writes
 * the changed pages before the commit (into the file with the rollback journal, into the log in
 * WAL mode), says so on stdout and waits to be killed.
 */
int killedWriter(const QString &path, bool session)
{
  QString error;
  std::unique_ptr<ProjectJournal> journal;
  if (session && !(journal = ProjectJournal::open(path, &error)))
    return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
  auto store = ProjectStore::open(path, &error);
  const bool ok =
      store && store->beginTransaction(&error) &&
      store->setMetadata(ProjectSchema::projectNameKey(), QStringLiteral("committed"), &error) &&
      store->commit(&error) && executeSql(store->dataset(), "PRAGMA cache_size = 4", &error) &&
      store->beginTransaction(&error) &&
      store->setMetadata(ProjectSchema::projectNameKey(), QStringLiteral("uncommitted"), &error) &&
      executeSql(store->dataset(), "UPDATE units SET name = name || ' (changed)'", &error);
  if (!ok)
    return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
  std::printf("writing\n");
  std::fflush(stdout);
  // Killed long before; a minute later it ends by itself should its parent have failed.
  std::this_thread::sleep_for(std::chrono::seconds(60));
  return 2;
}

//! Units the killed writer changed, read through \a uri (SQLite URI) on a connection of its own.
int changedUnits(const QString &uri)
{
  sqlite3 *connection = nullptr;
  sqlite3_open_v2(uri.toUtf8().constData(), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                  nullptr);
  int changed = -1;
  {
    SqlStatement count(connection, "SELECT COUNT(*) FROM units WHERE name LIKE '% (changed)'");
    if (count.next())
      changed = static_cast<int>(count.integer(0));
  }
  sqlite3_close(connection);
  return changed;
}
} // namespace

/**
 * A process killed in the middle of a write (kill -9) loses its open transaction and nothing
 * else, in both journal modes (docs/architecture.md): the next program to open the file finds
 * the changed pages with the rollback journal beside it, or uncommitted frames in the log, and
 * the project reads as after the last commit.
 */
class TestCrashRecovery : public QObject
{
  Q_OBJECT

private:
  test::SampleCopies mCopies;

private slots:
  void initTestCase()
  {
    QString error;
    QVERIFY2(mCopies.build(&error), qPrintable(error));
  }

  void killedWriterLosesOnlyItsOpenTransaction_data()
  {
    QTest::addColumn<bool>("session");
    QTest::newRow("command line (rollback journal)") << false;
    QTest::newRow("session (WAL)") << true;
  }

  void killedWriterLosesOnlyItsOpenTransaction()
  {
    QFETCH(bool, session);
    const QString path = mCopies.copy();
    const QByteArray unitsBefore = test::digest(path, "SELECT * FROM units ORDER BY fid");

    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(writerVariable),
                       path + (session ? QStringLiteral("|session") : QString()));
    writer.setProcessEnvironment(environment);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {});
    const auto killAtExit = qScopeGuard(
        [&writer]()
        {
          writer.kill();
          writer.waitForFinished(10000);
        });
    QByteArray said;
    while (!said.contains("writing") && writer.waitForReadyRead(60000))
      said += writer.readAllStandardOutput();
    QVERIFY2(said.contains("writing"), said.constData());
    // Mid-write: the unit pages were written before the commit.
    QVERIFY(QFile::exists(path + (session ? QStringLiteral("-wal") : QStringLiteral("-journal"))));
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    if (!session)
    {
      // The file itself holds uncommitted units (read as it is, ignoring the journal).
      const QString asItIs = QStringLiteral("file:%1?immutable=1").arg(path);
      QVERIFY(changedUnits(asItIs) > 0);
    }

    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->projectName(), QStringLiteral("committed"));
    store.reset();
    QCOMPARE(test::digest(path, "SELECT * FROM units ORDER BY fid"), unitsBefore);
    QCOMPARE(changedUnits(path), 0);
    QCOMPARE(test::value(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // A crashed session leaves the file in WAL mode; the next session's close ends it.
    QCOMPARE(ProjectJournal::journalMode(path),
             session ? QStringLiteral("wal") : QStringLiteral("delete"));
    auto journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY2(journal->close(&error), qPrintable(error));
    QVERIFY(test::noSideFiles(path));
  }
};

int main(int argc, char **argv)
{
  auto app = startQgis(argc, argv, false);
  int code = 0;
  if (qEnvironmentVariableIsSet(writerVariable))
  {
    const QStringList target = qEnvironmentVariable(writerVariable).split(QLatin1Char('|'));
    code = killedWriter(target.value(0), target.size() > 1);
  }
  else
  {
    installSystemLanguage();
    TestCrashRecovery test;
    code = QTest::qExec(&test, argc, argv);
  }
  QgsApplication::exitQgis();
  return code;
}

#include "test_crashrecovery.moc"
