// The project session: every workflow step the command line and the workbench share, on real
// GeoPackages read back; problems as data with the kind and setting a front end words.
#include "maps/embeddedproject.h"
#include "qgistestmain.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"
#include "workflow/problemscsv.h"
#include "workflow/projectsession.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <qgsmaplayer.h>
#include <qgsproject.h>

using namespace riskatlas;
using namespace riskatlas::test;

class TestProjectSession : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  int mCounter = 0;

  QString newPath() { return mDir.filePath(QStringLiteral("city%1.gpkg").arg(++mCounter)); }

  //! A new project with the sample's districts and units.
  std::unique_ptr<ProjectSession> sampleProject()
  {
    Problem problem;
    auto session =
        ProjectSession::create(newPath(), QStringLiteral("示例市"), QString(), false, &problem);
    if (!session)
      qFatal("%s", qPrintable(problem.message()));
    const ImportOutcome regions =
        session->importRegions(sampleFile(QStringLiteral("districts.geojson")), {}, nullptr);
    const ImportOutcome units =
        session->importUnits(sampleFile(QStringLiteral("units.csv")), {}, nullptr);
    if (!regions.ok || !units.ok)
      qFatal("%s", qPrintable((regions.messages() + units.messages()).join(QLatin1Char('\n'))));
    return session;
  }

  static QString sql(const QString &path, const QString &query)
  {
    QString error;
    auto store = ProjectStore::open(path, &error);
    return store ? querySingleValue(store->dataset(), query) : error;
  }

private slots:
  void createRefusesAnExistingFileAsData()
  {
    const QString path = newPath();
    Problem problem;
    QVERIFY(ProjectSession::create(path, QStringLiteral("甲"), QString(), false, &problem));
    QVERIFY(!ProjectSession::create(path, QStringLiteral("乙"), QString(), false, &problem));
    QCOMPARE(problem.kind, ProblemKind::FileExists);
    QCOMPARE(problem.file, path);
    QVERIFY2(!problem.message().contains(QStringLiteral("--")), qPrintable(problem.message()));
    QCOMPARE(sql(path, QStringLiteral("SELECT value FROM ra_metadata WHERE key = 'project_name'")),
             QStringLiteral("甲"));
    auto replaced = ProjectSession::create(path, QStringLiteral("乙"), QString(), true, &problem);
    QVERIFY(replaced);
    QCOMPARE(replaced->projectName(), QStringLiteral("乙"));
  }

  void importsRefreshWhatQgisReads()
  {
    auto session = sampleProject();
    QVERIFY(session->takeWarnings().isEmpty());
    const QString path = session->path();
    session.reset();
    // Both layers carry the four-colour default style, and the embedded QGIS project exists.
    QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM layer_styles WHERE useAsDefault")),
             QStringLiteral("2"));
    QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM qgis_projects")), QStringLiteral("1"));
    QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("360"));
  }

  void openingARenamedFileRepairsTheEmbeddedProject()
  {
    const QString original = sampleProject()->path();
    const QString renamed = mDir.filePath(QStringLiteral("renamed.gpkg"));
    QVERIFY(QFile::rename(original, renamed));
    Problem problem;
    auto session = ProjectSession::open(renamed, &problem);
    QVERIFY2(session, qPrintable(problem.message()));
    QVERIFY(session->takeWarnings().isEmpty());
    QString error;
    auto store = ProjectStore::open(renamed, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!EmbeddedProject::isStale(*store));
    session.reset();
    // QGIS itself opens the embedded project's layers from the renamed file.
    QgsProject project;
    QVERIFY(project.read(EmbeddedProject::uri(renamed)));
    const auto layers = project.mapLayers();
    QVERIFY(!layers.isEmpty());
    for (QgsMapLayer *layer : layers)
      QVERIFY2(layer->isValid(), qPrintable(layer->source()));
  }

  void readOnlySessionsChangeNothingAndNameDamage()
  {
    const QString path = sampleProject()->path();
    auto md5 = [&path]()
    {
      QFile file(path);
      file.open(QIODevice::ReadOnly);
      return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5);
    };
    const int pageSize = sql(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int root =
        sql(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'units'"))
            .toInt();
    const QByteArray before = md5();
    Problem problem;
    auto reader = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    QVERIFY2(reader, qPrintable(problem.message()));
    QCOMPARE(reader->summary(&problem).units, 360);
    QVERIFY2(problem.reason.isEmpty(), qPrintable(problem.message()));
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    QVERIFY(!reader->replaceMethodSet(lec, &problem));
    QVERIFY2(problem.message().contains(QStringLiteral("read-only")),
             qPrintable(problem.message()));
    reader.reset();
    QCOMPARE(md5(), before);

    // Garbage over the units' root page: the summary is a Damaged problem, not zero units.
    QVERIFY(pageSize > 0 && root > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(qint64(root - 1) * pageSize));
    file.write(QByteArray(pageSize, '\x5a'));
    file.close();
    problem = Problem();
    reader = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    QVERIFY2(reader, qPrintable(problem.message()));
    QCOMPARE(reader->summary(&problem).units, 0);
    QCOMPARE(problem.kind, ProblemKind::Damaged);
    QCOMPARE(problem.file, path);
    QVERIFY2(problem.message().contains(QStringLiteral("the project file is damaged")),
             qPrintable(problem.message()));
  }

  void openingAMissingFileIsAProblem()
  {
    Problem problem;
    QVERIFY(!ProjectSession::open(mDir.filePath(QStringLiteral("nope.gpkg")), &problem));
    QCOMPARE(problem.kind, ProblemKind::Failed);
    QVERIFY(problem.message().contains(QStringLiteral("nope.gpkg")));
  }

  void badImportsReturnEveryProblemAndChangeNothing()
  {
    auto session = sampleProject();
    const QString file = writeFile(mDir.filePath(QStringLiteral("bad.csv")), "a,b\n1,2\n");
    const ImportOutcome outcome = session->importUnits(file, {}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 3);
    QCOMPARE(outcome.problems.at(0).kind, ProblemKind::UnitFieldUnrecognised);
    QCOMPARE(outcome.problems.at(0).field, QStringLiteral("id"));
    QCOMPARE(outcome.problems.at(0).allowed, QStringLiteral("a, b"));
    QCOMPARE(outcome.problems.at(1).field, QStringLiteral("sector"));
    QCOMPARE(outcome.problems.at(2).kind, ProblemKind::PositionUnrecognised);
    for (const QString &message : outcome.messages())
      QVERIFY2(!message.contains(QStringLiteral("--")), qPrintable(message));
    const QString path = session->path();
    session.reset();
    QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("360"));
  }

  void settingProblemsNameTheSetting()
  {
    auto session = sampleProject();
    RegionImportOptions regions;
    regions.nameField = QStringLiteral("no_such_field");
    ImportOutcome outcome =
        session->importRegions(sampleFile(QStringLiteral("districts.geojson")), regions, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.first().kind, ProblemKind::SettingNoSuchField);
    QCOMPARE(outcome.problems.first().setting, QStringLiteral("name-field"));
    QCOMPARE(outcome.problems.first().value, QStringLiteral("no_such_field"));

    UnitImportOptions units;
    units.encoding = "NO-SUCH-ENCODING";
    outcome = session->importUnits(sampleFile(QStringLiteral("units.csv")), units, nullptr);
    QCOMPARE(outcome.problems.first().kind, ProblemKind::SettingInvalid);
    QCOMPARE(outcome.problems.first().setting, QStringLiteral("encoding"));

    GridOptions grid;
    grid.cellSize = 1;
    outcome = session->makeGrid(grid, nullptr);
    QCOMPARE(outcome.problems.first().kind, ProblemKind::GridTooFine);
    QCOMPARE(outcome.problems.first().allowed, QStringLiteral("200000"));
  }

  void assessKeepsTheRuleAndTheProjectsMethodSet()
  {
    auto session = sampleProject();
    const QString projectSet = session->methodSet().hash();
    AssessRequest request;
    request.aggregation = AggregationRule::Density;
    AssessOutcome outcome = session->assess(request, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.units, 360);
    QCOMPARE(session->aggregationRule(), AggregationRule::Density);

    // A method for this run only leaves the project's own set in place.
    MethodSet lecSet;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lecSet, nullptr));
    AssessRequest lec;
    lec.methodSet = lecSet;
    outcome = session->assess(lec, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.methodSetHash, lec.methodSet->hash());
    QCOMPARE(session->methodSet().hash(), projectSet);
    QCOMPARE(session->aggregationRule(), AggregationRule::Density); // unset: the project's rule
    QCOMPARE(session->summary().units, 360);
  }

  void assessWithoutUnitsSaysWhatIsMissing()
  {
    Problem problem;
    auto session =
        ProjectSession::create(newPath(), QStringLiteral("空"), QString(), false, &problem);
    const AssessOutcome outcome = session->assess({}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(assessProblem(outcome, session->path()).kind, ProblemKind::ProjectNoUnits);
  }

  void invalidMethodSetFilesChangeNothing()
  {
    auto session = sampleProject();
    const QString before = session->methodSet().hash();
    const QString file = writeFile(mDir.filePath(QStringLiteral("set.json")), "{ not json");
    MethodSet set;
    Problems problems;
    QVERIFY(!session->replaceMethodSetFromFile(file, set, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message().startsWith(file));
    QCOMPARE(session->methodSet().hash(), before);

    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    Problem problem;
    QVERIFY2(session->replaceMethodSet(lec, &problem), qPrintable(problem.message()));
    QCOMPARE(session->methodSet().hash(), lec.hash());
  }

  void aTaxonomyCannotDropAUsedSector()
  {
    auto session = sampleProject();
    QJsonObject json = session->taxonomy().toJson();
    QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    QJsonObject industrial = categories.at(0).toObject();
    QJsonArray sectors = industrial.value(QStringLiteral("sectors")).toArray();
    QCOMPARE(sectors.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("I01"));
    sectors.removeAt(0);
    industrial.insert(QStringLiteral("sectors"), sectors);
    categories.replace(0, industrial);
    json.insert(QStringLiteral("categories"), categories);
    Taxonomy smaller;
    QVERIFY(Taxonomy::fromJson(json, smaller, nullptr));
    const int sectorsBefore = session->taxonomy().sectorCount();
    Problem problem;
    QVERIFY(!session->replaceTaxonomy(smaller, &problem));
    QVERIFY2(problem.message().contains(QStringLiteral("I01")), qPrintable(problem.message()));
    QCOMPARE(session->taxonomy().sectorCount(), sectorsBefore);
  }

  void aRenamedCategoryReachesTheEmbeddedProject()
  {
    auto session = sampleProject();
    QVERIFY(session->assess({}, nullptr).ok);
    QJsonObject json = session->taxonomy().toJson();
    QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    QJsonObject industrial = categories.at(0).toObject();
    industrial.insert(QStringLiteral("name_zh"), QStringLiteral("工业企业类"));
    categories.replace(0, industrial);
    json.insert(QStringLiteral("categories"), categories);
    Taxonomy renamed;
    QVERIFY(Taxonomy::fromJson(json, renamed, nullptr));
    Problem problem;
    QVERIFY2(session->replaceTaxonomy(renamed, &problem), qPrintable(problem.message()));
    QVERIFY(session->takeWarnings().isEmpty());
    const QString path = session->path();
    session.reset();
    QgsProject project;
    QVERIFY(project.read(EmbeddedProject::uri(path)));
    QStringList names;
    for (QgsMapLayer *layer : project.mapLayers())
      names << layer->name();
    QVERIFY2(names.join(QLatin1Char('|')).contains(QStringLiteral("工业企业类")),
             qPrintable(names.join(QLatin1Char('|'))));
  }

  void mapRequestsAreCheckedBeforeAnythingOpens()
  {
    MapRequest request;
    QVERIFY(ProjectSession::checkMapRequest(request, QStringLiteral("map.pdf")).isEmpty());
    request.paper = QStringLiteral("a4"); // any case
    QVERIFY(ProjectSession::checkMapRequest(request, QStringLiteral("map.svg")).isEmpty());
    request.paper = QStringLiteral("B5");
    request.kind = QStringLiteral("county");
    request.dpi = 10;
    request.language = QStringLiteral("fr");
    request.basemapUrl = QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}");
    QStringList settings;
    for (const Problem &problem : ProjectSession::checkMapRequest(request, QStringLiteral("m.doc")))
    {
      QCOMPARE(problem.kind, ProblemKind::SettingInvalid);
      settings << problem.setting;
    }
    QCOMPARE(settings, QStringList({QStringLiteral("paper"), QStringLiteral("kind"),
                                    QStringLiteral("dpi"), QStringLiteral("language"),
                                    QStringLiteral("output"), QStringLiteral("basemap")}));
  }

  void mapOfAnUnknownCategoryListsTheProjects()
  {
    auto session = sampleProject();
    MapRequest request;
    request.category = QStringLiteral("nope");
    const MapExport result = session->exportMap(request, mDir.filePath(QStringLiteral("x.pdf")));
    QVERIFY(!result.ok);
    QCOMPARE(result.problem.kind, ProblemKind::NotInProject);
    QCOMPARE(result.problem.allowed, QStringLiteral("industrial, crowded, facilities, natural"));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.pdf"))));
  }

  void problemsCsvUsesTheFrontEndsWording()
  {
    Problem row;
    row.kind = ProblemKind::OutsideChina;
    row.file = QStringLiteral("u.csv");
    row.location = QStringLiteral("row 3");
    row.field = QStringLiteral("lon");
    row.value = QStringLiteral("10");
    row.reason = QStringLiteral("neutral");
    const Problem file = Problem::fileProblem(
        ProblemKind::SourceCrsUnknown, QStringLiteral("u.csv"), QStringLiteral("u.csv: no CRS"));
    ProblemWording wording;
    wording.message = [](const Problem &p) { return p.message() + QStringLiteral(" [hint]"); };
    wording.reason = [](const Problem &p) { return p.reason + QStringLiteral(" [row hint]"); };
    const QString path = mDir.filePath(QStringLiteral("problems.csv"));
    QString error;
    QVERIFY2(writeProblemsCsv(path, {file, row}, wording, &error), qPrintable(error));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(1), QStringLiteral("u.csv,row 3,,lon,10,neutral [row hint]"));
    QCOMPARE(lines.at(2), QStringLiteral(",,,,,u.csv: no CRS [hint]"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestProjectSession)
#include "test_projectsession.moc"
