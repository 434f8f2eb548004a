#include "assess/projectassessor.h"
#include "import/unitimporter.h"
#include "maps/riskstyle.h"
#include "qgistestmain.h"
#include "samplecopies.h"
#include "store/projectjournal.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "store/writelock.h"
#include "support/gdalsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <atomic>
#include <chrono>
#include <future>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsfeedback.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsvectorlayer.h>
#include <sqlite3.h>
#include <thread>

using namespace riskatlas;

/**
 * The concurrency model (docs/architecture.md): while a session holds a project in WAL mode a
 * reader renders and iterates while an assessment writes and commits; a second writer waits
 * the busy timeout, then fails with a clear message and changes nothing; closing the session
 * leaves one file in rollback-journal mode that QGIS and OGR open read-only.
 * Every case works on a copy of the sample city (imported, not assessed).
 */
class TestConcurrency : public QObject
{
  Q_OBJECT

private:
  test::SampleCopies mCopies;

  //! What a second writer must not change: units, audit log, metadata, method sets, runs.
  static QByteArray content(const QString &path)
  {
    QByteArray all;
    for (const char *sql :
         {"SELECT * FROM units ORDER BY fid", "SELECT * FROM ra_audit_log ORDER BY seq",
          "SELECT * FROM ra_metadata ORDER BY key", "SELECT * FROM ra_method_sets ORDER BY hash",
          "SELECT * FROM ra_runs ORDER BY fid"})
      all += test::digest(path, sql);
    return all;
  }

  //! The share of pixels that are not the white background.
  static double drawnShare(const QImage &image)
  {
    qint64 drawn = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        drawn += (image.pixel(x, y) & 0xffffff) != 0xffffff;
    return static_cast<double>(drawn) / (image.width() * image.height());
  }

  static int redPixels(const QImage &image)
  {
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        red += (image.pixel(x, y) & 0xffffff) == 0xff0000;
    return red;
  }

  static QImage render(QgsVectorLayer &units, QgsVectorLayer &regions, QStringList *errors)
  {
    QgsMapSettings settings;
    settings.setLayers({&units, &regions});
    settings.setDestinationCrs(regions.crs());
    settings.setExtent(regions.extent());
    settings.setOutputSize(QSize(200, 200));
    settings.setBackgroundColor(Qt::white);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    for (const QgsMapRendererJob::Error &error : job.errors())
      errors->append(error.layerID + QStringLiteral(": ") + error.message);
    return job.renderedImage();
  }

  //! One unit of the sample, under a new id (an import that adds it changes the project).
  QString newUnitCsv()
  {
    return test::writeFile(mCopies.file(QStringLiteral("new-unit.csv")),
                           "编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平\n"
                           "RU9001,新增化工有限公司,I01,120.246265,30.350567,4,5,中\n");
  }

  //! Lets Qt delete what QGIS released (its pooled connections to the file go with it).
  static void releaseQgisConnections()
  {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }

private slots:
  void initTestCase()
  {
    QString error;
    QVERIFY2(mCopies.build(&error), qPrintable(error));
  }

  void readerKeepsRenderingWhileAssessCommits()
  {
    const QString path = mCopies.copy();
    QString error;
    auto journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    // A commit blocked by the reader fails after a second instead of five.
    store->setBusyTimeout(1000);
    const MethodSet methodSet = store->methodSet();

    // The assessment stops inside its transaction, its units written but not committed,
    // until the reader below has started and rendered.
    std::promise<void> writing;
    std::promise<void> resume;
    std::future<void> writingStarted = writing.get_future();
    std::shared_future<void> resumed = resume.get_future().share();
    std::atomic<bool> paused{false};
    QgsFeedback feedback;
    connect(&feedback, &QgsFeedback::progressChanged,
            [&](double progress)
            {
              if (progress < 100.0 && !paused.exchange(true))
              {
                writing.set_value();
                resumed.wait();
              }
            });
    AssessOutcome outcome;
    std::thread assessing(
        [&]()
        { outcome = ProjectAssessor::run(*store, methodSet, AggregationRule::Max, &feedback); });
    struct Join
    {
      std::thread &thread;
      std::promise<void> &resume;
      bool resumed = false;
      void release()
      {
        if (!resumed)
          resume.set_value();
        resumed = true;
      }
      ~Join()
      {
        release();
        if (thread.joinable())
          thread.join();
      }
    } join{assessing, resume};
    QVERIFY2(writingStarted.wait_for(std::chrono::seconds(60)) == std::future_status::ready,
             "the assessment never reported progress");

    // A reader of its own (GDAL, read-only, with locks) holds a read transaction open across
    // the commit: in rollback-journal mode the commit would wait for it, then fail.
    const char *drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr reader(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    QVERIFY(reader);
    OGRLayer *readerUnits = reader->GetLayerByName("units");
    QVERIFY(readerUnits);
    readerUnits->ResetReading();
    int read = 0;
    int readScored = 0;
    auto readOne = [&]()
    {
      OGRFeatureUniquePtr feature(readerUnits->GetNextFeature());
      if (!feature)
        return false;
      ++read;
      readScored += QStringList{QStringLiteral("major"), QStringLiteral("significant"),
                                QStringLiteral("general"), QStringLiteral("low")}
                        .contains(QString::fromUtf8(feature->GetFieldAsString("level")));
      return true;
    };
    QVERIFY(readOne());

    QgsVectorLayer units(path + QStringLiteral("|layername=units"), QStringLiteral("units"),
                         QStringLiteral("ogr"));
    QgsVectorLayer regions(path + QStringLiteral("|layername=regions"), QStringLiteral("regions"),
                           QStringLiteral("ogr"));
    QVERIFY(units.isValid() && regions.isValid());
    applyUnitStyle(units, QStringLiteral("zh"), LevelPalette());
    applyRegionStyle(regions, QStringLiteral("zh"), LevelPalette());
    QStringList renderErrors;
    const QImage during = render(units, regions, &renderErrors);
    QVERIFY2(renderErrors.isEmpty(), qPrintable(renderErrors.join('\n')));
    QVERIFY2(drawnShare(during) > 0.05, qPrintable(QString::number(drawnShare(during))));

    join.release();
    assessing.join();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    // The reader goes on from where it was and sees the project as it was before the run.
    while (readOne())
    {
    }
    QCOMPARE(read, 360);
    QCOMPARE(readScored, 0);
    reader.reset();

    QCOMPARE(test::value(path, QStringLiteral("SELECT COUNT(*) FROM ra_runs")),
             QStringLiteral("1"));
    QCOMPARE(test::value(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE level IN "
                                              "('major', 'significant', 'general', 'low')")),
             QString::number(outcome.scored));
    QCOMPARE(outcome.scored, 356);
    const QImage after = render(units, regions, &renderErrors);
    QVERIFY2(renderErrors.isEmpty(), qPrintable(renderErrors.join('\n')));
    QVERIFY(drawnShare(after) > 0.05);
    // In the four colours: red (major) appears once the results are committed.
    QCOMPARE(redPixels(during), 0);
    QVERIFY(redPixels(after) > 0);
  }

  void secondWriterFailsAndChangesNothing_data()
  {
    QTest::addColumn<bool>("session");
    QTest::addColumn<bool>("import");
    QTest::newRow("session, import") << true << true;
    QTest::newRow("session, method set") << true << false;
    QTest::newRow("command line, import") << false << true;
    QTest::newRow("command line, method set") << false << false;
  }

  void secondWriterFailsAndChangesNothing()
  {
    QFETCH(bool, session);
    QFETCH(bool, import);
    const QString path = mCopies.copy();
    const QString csv = newUnitCsv();
    QString error;
    std::unique_ptr<ProjectJournal> journal;
    if (session)
    {
      journal = ProjectJournal::open(path, &error);
      QVERIFY2(journal, qPrintable(error));
    }
    auto first = ProjectStore::open(path, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY2(first->beginTransaction(&error), qPrintable(error));
    QVERIFY(first->setMetadata(ProjectSchema::projectNameKey(), QStringLiteral("改名"), &error));
    const QByteArray before = content(path);

    auto second = ProjectStore::open(path, &error);
    QVERIFY2(second, qPrintable(error));
    second->setBusyTimeout(400);
    MethodSet changed = MethodSet::defaultSet();
    QJsonObject json = changed.toJson();
    json.insert(QStringLiteral("title"), QStringLiteral("second writer"));
    QVERIFY(MethodSet::fromJson(json, changed, &error));
    QVERIFY(changed.hash() != second->methodSet().hash());
    auto attempt = [&]()
    {
      if (import)
      {
        const ImportOutcome outcome = UnitImporter::run(*second, csv, {}, nullptr);
        error = outcome.messages().join('\n');
        return outcome.ok;
      }
      return second->beginTransaction(&error) && second->setMethodSet(changed, &error) &&
             second->commit(&error);
    };
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!attempt());
    const qint64 waited = timer.elapsed();
    QCOMPARE(error, projectBusyMessage(path));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(waited >= 350 && waited < 3000, qPrintable(QString::number(waited)));
    QCOMPARE(content(path), before);

    QVERIFY2(first->commit(&error), qPrintable(error));
    QCOMPARE(test::value(
                 path, QStringLiteral("SELECT value FROM ra_metadata WHERE key = 'project_name'")),
             QStringLiteral("改名"));
    const QByteArray afterFirst = content(path);
    QVERIFY(afterFirst != before);
    QVERIFY2(attempt(), qPrintable(error));
    QVERIFY(content(path) != afterFirst);
    if (import)
      QCOMPARE(
          test::value(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE unit_id = 'RU9001'")),
          QStringLiteral("1"));
    else
      QCOMPARE(test::value(path, QStringLiteral("SELECT value FROM ra_metadata WHERE key = "
                                                "'method_set_hash'")),
               changed.hash());
  }

  void sessionStaysInWalWhenAskedToLeaveIt()
  {
    const QString path = mCopies.copy();
    QString error;
    auto journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    // QGIS in this process opens layers for editing with OGR_SQLITE_JOURNAL=DELETE (RiskAtlas
    // turns its WAL setting off): that must not take the file out of WAL mid-session.
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", "DELETE");
    const char *drivers[] = {"GPKG", nullptr};
    QElapsedTimer timer;
    timer.start();
    GDALDatasetUniquePtr editing(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", nullptr);
    QVERIFY(editing);
    editing.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(ProjectJournal::journalMode(path), QStringLiteral("wal"));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
  }

  void closingTheSessionLeavesOneFile()
  {
    const QString path = mCopies.copy();
    QString error;
    auto journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(ProjectJournal::journalMode(path), QStringLiteral("wal"));
    {
      auto store = ProjectStore::open(path, &error);
      QVERIFY2(store, qPrintable(error));
      const AssessOutcome outcome =
          ProjectAssessor::run(*store, store->methodSet(), AggregationRule::Max, nullptr);
      QVERIFY2(outcome.ok, qPrintable(outcome.error));
      QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
      QgsVectorLayer units(path + QStringLiteral("|layername=units"), QStringLiteral("units"),
                           QStringLiteral("ogr"));
      int features = 0;
      QgsFeature feature;
      QgsFeatureIterator iterator = units.getFeatures();
      while (iterator.nextFeature(feature))
        ++features;
      QCOMPARE(features, 360);
    }
    releaseQgisConnections();
    QVERIFY2(journal->close(&error), qPrintable(error));
    journal.reset();

    QVERIFY(test::noSideFiles(path));
    QCOMPARE(ProjectJournal::journalMode(path), QStringLiteral("delete"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(20);
    // Bytes 18 and 19: file format versions, 1 = rollback journal, 2 = WAL.
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    file.close();

    QgsVectorLayer units(path + QStringLiteral("|layername=units"), QStringLiteral("units"),
                         QStringLiteral("ogr"));
    QVERIFY(units.isValid());
    QCOMPARE(units.featureCount(), 360);
    QCOMPARE(test::value(path, QStringLiteral("SELECT COUNT(*) FROM ra_runs")),
             QStringLiteral("1"));
    QVERIFY(test::noSideFiles(path));
  }

  void closingWhileAnotherProgramReadsKeepsTheLog()
  {
    const QString path = mCopies.copy();
    QString error;
    auto journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    MethodSet changed = MethodSet::defaultSet();
    QJsonObject json = changed.toJson();
    json.insert(QStringLiteral("title"), QStringLiteral("changed in the session"));
    QVERIFY(MethodSet::fromJson(json, changed, &error));
    {
      auto store = ProjectStore::open(path, &error);
      QVERIFY2(store, qPrintable(error));
      QVERIFY(store->beginTransaction(&error) && store->setMethodSet(changed, &error) &&
              store->commit(&error));
    }
    const char *drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr other(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    QVERIFY(other);
    QCOMPARE(querySingleValue(*other, QStringLiteral("SELECT COUNT(*) FROM units")),
             QStringLiteral("360"));
    QVERIFY(!journal->close(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    // The log was checkpointed all the same: the file alone holds every commit.
    const QString fileAlone = mCopies.file(QStringLiteral("alone.gpkg"));
    QVERIFY(QFile::copy(path, fileAlone));
    QCOMPARE(test::value(fileAlone, QStringLiteral("SELECT value FROM ra_metadata WHERE key = "
                                                   "'method_set_hash'")),
             changed.hash());
    other.reset();
    // Whole and readable, still in WAL mode: the next session's close() returns it to DELETE.
    QCOMPARE(ProjectJournal::journalMode(path), QStringLiteral("wal"));
    QCOMPARE(test::value(path, QStringLiteral("SELECT COUNT(*) FROM units")),
             QStringLiteral("360"));
    journal = ProjectJournal::open(path, &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY2(journal->close(&error), qPrintable(error));
    QCOMPARE(ProjectJournal::journalMode(path), QStringLiteral("delete"));
    QVERIFY(test::noSideFiles(path));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestConcurrency)
#include "test_concurrency.moc"
