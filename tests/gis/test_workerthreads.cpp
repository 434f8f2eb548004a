#include "assess/projectassessor.h"
#include "assess/projectsummary.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "language.h"
#include "maps/riskmaplayout.h"
#include "maps/riskstyle.h"
#include "qgistestmain.h"
#include "reportinput.h"
#include "reportmarkdown.h"
#include "reportmodel.h"
#include "store/projectlayers.h"
#include "store/projectstore.h"
#include "testdata.h"
#include "workerhelpers.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <memory>
#include <qgsexpressioncontextutils.h>
#include <qgslayoutitemlegend.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <array>

using namespace riskatlas;

namespace
{
//! The report document's text (as pandoc gets it) for \a input.
QString reportText(const ReportInput &input)
{
  return renderReportMarkdown(buildReportDocument(input, ReportTemplates()), {});
}
} // namespace

/**
 * gis/ operations in worker threads while the main thread draws, as the workbench will run
 * them: imports and assessments as QgsTasks, report and map text in a language of their own
 * without touching the application's translators, basemaps probed outside layout building.
 */
namespace
{
//! A variable the map's layout prints (the scope is the caller's to delete).
QString layoutVariable(RiskMapLayout &map, const QString &name)
{
  const std::unique_ptr<QgsExpressionContextScope> scope(
      QgsExpressionContextUtils::layoutScope(&map.layout()));
  return scope->variable(name).toString();
}
} // namespace

class TestWorkerThreads : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mDistricts;  //!< the sample's districts only
  QString mUnassessed; //!< districts and units
  QString mAssessed;   //!< assessed in the main thread: the reference, and what is drawn
  int mUnitCount = 0;
  AssessOutcome mReference;

  QString copyOf(const QString &project, const QString &name)
  {
    const QString copy = mDir.filePath(name);
    if (!QFile::copy(project, copy))
      qFatal("cannot copy %s", qPrintable(project));
    return copy;
  }

  //! What the application's translators make of a text that differs between zh and en.
  static QString applicationAnswer(const char *context, const char *source)
  {
    return QCoreApplication::translate(context, source);
  }

  static std::array<int, 4> levelCounts(const QString &project)
  {
    QString error;
    auto store = ProjectStore::open(project, &error);
    const AssessmentSummary summary = readSummary(*store);
    std::array<int, 4> counts{};
    for (int i = 0; i < 4; ++i)
      counts[i] = summary.levels.count(assessedLevels().at(i));
    return counts;
  }

  //! Pixels of the four level colours: regions and units were drawn.
  static int levelPixels(const QImage &image)
  {
    const QList<QRgb> colours{qRgb(0xFF, 0, 0), qRgb(0xFF, 0xA5, 0), qRgb(0xFF, 0xFF, 0),
                              qRgb(0, 0x70, 0xC0)};
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
      for (int x = 0; x < rgb.width(); ++x)
        count += colours.contains(rgb.pixel(x, y) | 0xFF000000) ? 1 : 0;
    return count;
  }

  //! The styled layers drawn as a map canvas draws them (a parallel job), waiting for it.
  static QImage render(QgsVectorLayer &regions, QgsVectorLayer &units)
  {
    QgsMapSettings settings;
    settings.setLayers({&units, &regions});
    settings.setDestinationCrs(regions.crs());
    settings.setExtent(regions.extent());
    settings.setOutputSize(QSize(320, 240));
    settings.setBackgroundColor(Qt::white);
    QgsMapRendererParallelJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
  }

  ReportInput reportInput(const QString &language, Taxonomy &taxonomy)
  {
    QString error;
    auto store = ProjectStore::open(mAssessed, &error);
    taxonomy = store->taxonomy();
    ReportInput input;
    input.language = language;
    input.projectName = store->projectName();
    input.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    input.crsDescription = store->crsAuthId();
    input.summary = readSummary(*store);
    input.taxonomy = &taxonomy;
    input.methodSet = store->methodSet();
    input.majorUnits = readMajorUnits(*store, language);
    return input;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    QString error;
    mDistricts = mDir.filePath(QStringLiteral("districts.gpkg"));
    {
      auto store =
          ProjectStore::create(mDistricts, QStringLiteral("示例市"), QString(), false, &error);
      QVERIFY2(store, qPrintable(error));
      QVERIFY(RegionImporter::run(*store, test::sampleFile(QStringLiteral("districts.geojson")), {},
                                  nullptr, nullptr)
                  .ok);
    }
    mUnassessed = copyOf(mDistricts, QStringLiteral("units.gpkg"));
    {
      auto store = ProjectStore::open(mUnassessed, &error);
      const ImportOutcome imported =
          UnitImporter::run(*store, test::sampleFile(QStringLiteral("units.csv")), {}, nullptr);
      QVERIFY2(imported.ok, qPrintable(imported.messages().join(QLatin1Char('\n'))));
      mUnitCount = imported.added;
      QVERIFY(mUnitCount > 100);
    }
    mAssessed = copyOf(mUnassessed, QStringLiteral("assessed.gpkg"));
    {
      auto store = ProjectStore::open(mAssessed, &error);
      mReference = ProjectAssessor::run(*store, MethodSet::defaultSet(), AggregationRule::Density,
                                        nullptr, AssessScope::Everything);
      QVERIFY2(mReference.ok, qPrintable(mReference.error));
      QCOMPARE(mReference.units, mUnitCount);
    }
  }

  void importAndAssessInTasksWhileTheMainThreadDraws()
  {
    // A few projects each, so that the main thread draws a few times while the tasks work.
    constexpr int Rounds = 4;
    QStringList importInto;
    QStringList assessIn;
    for (int i = 0; i < Rounds; ++i)
    {
      importInto << copyOf(mDistricts, QStringLiteral("import-task-%1.gpkg").arg(i));
      assessIn << copyOf(mUnassessed, QStringLiteral("assess-task-%1.gpkg").arg(i));
    }
    // A project's datum transformations, as the workbench will hand them over.
    const QgsCoordinateTransformContext transformContext = QgsProject().transformContext();
    QList<ImportOutcome> imported;
    QList<AssessOutcome> assessed;
    const auto importUnits = [&]
    {
      UnitImportOptions options;
      options.transformContext = transformContext;
      for (const QString &project : importInto)
      {
        QString error;
        auto store = ProjectStore::open(project, &error);
        imported << (store
                         ? UnitImporter::run(*store, test::sampleFile(QStringLiteral("units.csv")),
                                             options, nullptr)
                         : ImportOutcome());
      }
    };
    const auto assess = [&]
    {
      for (const QString &project : assessIn)
      {
        QString error;
        auto store = ProjectStore::open(project, &error);
        assessed << (store ? ProjectAssessor::run(*store, MethodSet::defaultSet(),
                                                  AggregationRule::Density, nullptr,
                                                  AssessScope::Everything, transformContext)
                           : AssessOutcome());
      }
    };

    ProjectLayers layers(mAssessed);
    QVERIFY2(layers.isValid(), qPrintable(layers.error()));
    applyRegionStyle(*layers.regions(), QStringLiteral("zh"), LevelPalette());
    applyUnitStyle(*layers.units(), QStringLiteral("zh"), LevelPalette());
    QVERIFY(levelPixels(render(*layers.regions(), *layers.units())) > 500); // warmed up
    const QString answer = applicationAnswer("RiskMapLayout", "Risk level");
    int renders = 0;
    int blank = 0;
    int answerChanged = 0;
    test::runTasksWhile({importUnits, assess},
                        [&]
                        {
                          ++renders;
                          if (levelPixels(render(*layers.regions(), *layers.units())) < 500)
                            ++blank;
                          if (applicationAnswer("RiskMapLayout", "Risk level") != answer)
                            ++answerChanged;
                        });

    QVERIFY(renders > 0);
    QCOMPARE(blank, 0);
    QCOMPARE(answerChanged, 0);
    QCOMPARE(imported.size(), Rounds);
    QCOMPARE(assessed.size(), Rounds);
    for (int i = 0; i < Rounds; ++i)
    {
      QVERIFY2(imported.at(i).ok, qPrintable(imported.at(i).messages().join(QLatin1Char('\n'))));
      QCOMPARE(imported.at(i).added, mUnitCount);
      QVERIFY2(assessed.at(i).ok, qPrintable(assessed.at(i).error));
      QCOMPARE(assessed.at(i).units, mReference.units);
      QCOMPARE(assessed.at(i).scored, mReference.scored);
      QCOMPARE(assessed.at(i).outsideRegions, mReference.outsideRegions);
      QCOMPARE(assessed.at(i).regionsWritten, mReference.regionsWritten);
      QCOMPARE(levelCounts(assessIn.at(i)), levelCounts(mAssessed));
    }
  }

  void reportsInTwoLanguagesAtOnceKeepTheirOwn()
  {
    Taxonomy zhTaxonomy;
    Taxonomy enTaxonomy;
    const ReportInput zh = reportInput(QStringLiteral("zh"), zhTaxonomy);
    const ReportInput en = reportInput(QStringLiteral("en"), enTaxonomy);
    const QString expectedZh = reportText(zh);
    const QString expectedEn = reportText(en);
    QVERIFY(expectedZh.contains(QStringLiteral("城市安全风险评估报告")));
    QVERIFY(!expectedZh.contains(QStringLiteral("Assessment Report")));
    QVERIFY(expectedEn.contains(QStringLiteral("City Safety Risk Assessment Report")));
    QVERIFY(!expectedEn.contains(QStringLiteral("城市安全风险评估报告")));

    const QString answer =
        applicationAnswer("ReportDocument", "City Safety Risk Assessment Report");
    std::atomic<int> wrong{0};
    const auto build = [&wrong](const ReportInput &input, const QString &expected)
    {
      for (int i = 0; i < 150; ++i)
        wrong += reportText(input) == expected ? 0 : 1;
    };
    std::unique_ptr<QThread> zhThread(QThread::create(build, zh, expectedZh));
    std::unique_ptr<QThread> enThread(QThread::create(build, en, expectedEn));
    zhThread->start();
    enThread->start();
    int answerChanged = 0;
    while (!zhThread->isFinished() || !enThread->isFinished())
      answerChanged +=
          applicationAnswer("ReportDocument", "City Safety Risk Assessment Report") == answer ? 0
                                                                                              : 1;
    zhThread->wait();
    enThread->wait();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(answerChanged, 0);
  }

  void mapTextComesOutInTheMapsLanguageOnly()
  {
    const QString answer = applicationAnswer("RiskMapLayout", "Risk level");
    std::atomic<bool> done{false};
    std::atomic<int> answerChanged{0};
    // Another thread watches the application's translators while this one builds the maps.
    std::unique_ptr<QThread> watcher(QThread::create(
        [&]
        {
          while (!done)
            answerChanged += applicationAnswer("RiskMapLayout", "Risk level") == answer ? 0 : 1;
        }));
    watcher->start();
    auto stopWatching = qScopeGuard(
        [&]
        {
          done = true;
          watcher->wait();
        });
    QString error;
    auto store = ProjectStore::open(mAssessed, &error);
    QStringList titles;
    QStringList legends;
    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")})
    {
      MapOptions options;
      options.language = language;
      RiskMapLayout map(mAssessed, store->projectName(), store->crsAuthId(), options);
      QVERIFY2(map.isValid(), qPrintable(map.error()));
      titles << layoutVariable(map, QStringLiteral("riskatlas_title"));
      auto *legend = qobject_cast<QgsLayoutItemLegend *>(map.layout().itemById(mapitem::legend()));
      QVERIFY(legend);
      legends << legend->title();
    }
    stopWatching.dismiss();
    done = true;
    watcher->wait();
    QCOMPARE(titles, QStringList({QStringLiteral("示例市城市安全风险分布图"),
                                  QStringLiteral("示例市 City Safety Risk Distribution Map")}));
    QCOMPARE(legends, QStringList({QStringLiteral("风险等级"), QStringLiteral("Risk level")}));
    QCOMPARE(answerChanged.load(), 0);
  }

  void basemapIsProbedInATaskAndBuildingWaitsForNothing()
  {
    test::TinyHttpServer tiles("tile");
    test::TinyHttpServer silent{QByteArray()};
    MapOptions options;
    options.basemapUrl = tiles.url(QStringLiteral("/{z}/{x}/{y}.png"));
    BasemapProbe unanswered;
    test::runTasksWhile({[&] { probeBasemap(options); }, [&]
                         { unanswered = basemap::probe(silent.url(QStringLiteral("/")), 300); }},
                        [] {});
    QVERIFY(options.basemapProbe);
    QVERIFY2(options.basemapProbe->usable,
             qPrintable(options.basemapProbe->reason(Language::get(QStringLiteral("en")))));
    QCOMPARE(options.basemapProbe->body, QByteArray("tile"));
    QCOMPARE(tiles.requests(), 1);
    QVERIFY(!unanswered.usable && unanswered.timedOut);
    QCOMPARE(unanswered.reason(Language::get(QStringLiteral("en"))),
             QStringLiteral("no answer within 0.3 s"));

    // Building uses the probe's answer: with the server gone it asks nothing and warns of nothing.
    tiles.close();
    QString error;
    auto store = ProjectStore::open(mAssessed, &error);
    options.language = QStringLiteral("en");
    RiskMapLayout map(mAssessed, store->projectName(), store->crsAuthId(), options);
    QVERIFY2(map.isValid(), qPrintable(map.error()));
    QVERIFY2(map.warnings().isEmpty(), qPrintable(map.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(layoutVariable(map, QStringLiteral("riskatlas_basemap_note")),
             QStringLiteral("Basemap: 127.0.0.1"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestWorkerThreads)
#include "test_workerthreads.moc"
