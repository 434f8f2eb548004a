#include "workflow/projectsession.h"

#include "api/outputformat.h"
#include "assess/projectassessor.h"
#include "assess/projectsummary.h"
#include "import/gridmaker.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "jsonfile.h"
#include "maps/embeddedproject.h"
#include "maps/riskstyle.h"
#include "report/assessmentworkbook.h"
#include "report/reportwriter.h"
#include "report/risklistexporter.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gisruntime.h"

#include <QFileInfo>

namespace riskatlas
{

namespace
{
Problem failure(const QString &file, const QString &message)
{
  return Problem::fileProblem(ProblemKind::Failed, file, message);
}

void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}
} // namespace

ProjectSession::ProjectSession(const QString &path, OpenMode mode) : mPath(path), mMode(mode) {}

ProjectSession::~ProjectSession() = default;

std::unique_ptr<ProjectSession> ProjectSession::create(const QString &path, const QString &name,
                                                       const QString &crsAuthId, bool overwrite,
                                                       Problem *problem)
{
  if (QFileInfo::exists(path) && !overwrite)
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::FileExists, path,
                                             tr("%1: the file exists already").arg(path)));
    return nullptr;
  }
  QString error;
  auto store = ProjectStore::create(path, name, crsAuthId, overwrite, &error);
  if (!store)
  {
    setProblem(problem, failure(path, error));
    return nullptr;
  }
  std::unique_ptr<ProjectSession> session(new ProjectSession(store->path(), OpenMode::ReadWrite));
  session->mStore = std::move(store);
  return session;
}

std::unique_ptr<ProjectSession> ProjectSession::open(const QString &path, Problem *problem)
{
  return open(path, OpenMode::ReadWrite, problem);
}

std::unique_ptr<ProjectSession> ProjectSession::open(const QString &path, OpenMode mode,
                                                     Problem *problem)
{
  std::unique_ptr<ProjectSession> session(new ProjectSession(path, mode));
  ProjectStore *store = session->store(problem);
  if (!store)
    return nullptr;
  // QGIS finds the embedded project's layers by file name: a renamed file needs it rewritten,
  // but only by a command that changes the file anyway.
  const bool stale = EmbeddedProject::isStale(*store);
  if (session->readFailed(*store, problem))
    return nullptr;
  if (stale && mode == OpenMode::ReadWrite)
  {
    session->refreshQgisViews(false);
    if (!session->store(problem))
      return nullptr;
  }
  return session;
}

ProjectStore *ProjectSession::store(Problem *problem)
{
  if (!mStore)
  {
    QString error;
    ProblemKind kind = ProblemKind::Failed;
    mStore = ProjectStore::open(mPath, mMode, &error, &kind);
    if (mStore)
      mStore->setAuditUser(mAnalyst);
    if (!mStore)
      setProblem(problem, Problem::fileProblem(kind, mPath, error));
    else if (mStore->migratedFrom() >= 0)
      mWarnings << tr("%1: migrated from schema %2 to %3")
                       .arg(mPath)
                       .arg(mStore->migratedFrom())
                       .arg(ProjectSchema::CurrentVersion);
  }
  return mStore.get();
}

bool ProjectSession::readFailed(ProjectStore &project, Problem *problem)
{
  const QString error = project.takeReadError();
  if (error.isEmpty())
    return false;
  setProblem(problem, Problem::fileProblem(ProblemKind::Damaged, mPath, error));
  return true;
}

void ProjectSession::refreshQgisViews(bool styles)
{
  mStore.reset(); // QGIS opens the file itself
  QString error;
  if (styles && !saveDefaultStyles(mPath, &error))
    mWarnings << error;
  if (!EmbeddedProject::write(mPath, &error))
    mWarnings << error;
}

QStringList ProjectSession::takeWarnings()
{
  return std::exchange(mWarnings, {});
}

void ProjectSession::warnAboutFont()
{
  QString message;
  if (!checkCartographyFont(&message))
    mWarnings << message;
}

QString ProjectSession::projectName()
{
  ProjectStore *project = store(nullptr);
  return project ? project->projectName() : QString();
}

QString ProjectSession::crsAuthId()
{
  ProjectStore *project = store(nullptr);
  return project ? project->crsAuthId() : QString();
}

Taxonomy ProjectSession::taxonomy(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return Taxonomy::defaultTaxonomy();
  const Taxonomy taxonomy = project->taxonomy();
  return readFailed(*project, problem) ? Taxonomy::defaultTaxonomy() : taxonomy;
}

MethodSet ProjectSession::methodSet(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return MethodSet::defaultSet();
  const MethodSet set = project->methodSet();
  return readFailed(*project, problem) ? MethodSet::defaultSet() : set;
}

bool ProjectSession::methodSetByHash(const QString &hash, MethodSet &set, Problem *problem)
{
  ProjectStore *project = store(problem);
  QString error;
  if (project && project->methodSetByHash(hash, set, &error))
    return true;
  if (project)
    setProblem(problem, Problem::fileProblem(ProblemKind::NotInProject, mPath, error));
  return false;
}

AggregationRule ProjectSession::aggregationRule()
{
  AggregationRule rule = AggregationRule::Max;
  if (ProjectStore *project = store(nullptr))
    aggregationRuleFromKey(project->metadata(ProjectSchema::aggregationKey()), rule);
  return rule;
}

AssessmentSummary ProjectSession::summary(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return AssessmentSummary();
  const AssessmentSummary summary = readSummary(*project);
  return readFailed(*project, problem) ? AssessmentSummary() : summary;
}

ImportOutcome ProjectSession::import(const std::function<ImportOutcome(ProjectStore &)> &step)
{
  ImportOutcome outcome;
  Problem problem;
  ProjectStore *project = store(&problem);
  if (!project)
    return outcome.fail(problem);
  outcome = step(*project);
  mStore.reset();
  if (outcome.ok)
    refreshQgisViews(true);
  return outcome;
}

ImportOutcome ProjectSession::importUnits(const QString &file, const UnitImportOptions &options,
                                          QgsFeedback *feedback)
{
  return import([&](ProjectStore &project)
                { return UnitImporter::run(project, file, options, feedback); });
}

ImportOutcome ProjectSession::importRegions(const QString &file, const RegionImportOptions &options,
                                            QgsFeedback *feedback)
{
  return import(
      [&](ProjectStore &project)
      {
        QStringList repaired;
        ImportOutcome outcome = RegionImporter::run(project, file, options, feedback, &repaired);
        outcome.warnings = repaired + outcome.warnings;
        return outcome;
      });
}

ImportOutcome ProjectSession::makeGrid(const GridOptions &options, QgsFeedback *feedback)
{
  return import([&](ProjectStore &project) { return GridMaker::run(project, options, feedback); });
}

AssessOutcome ProjectSession::assess(const AssessRequest &request, QgsFeedback *feedback)
{
  AssessOutcome outcome;
  Problem problem;
  ProjectStore *project = store(&problem);
  if (!project)
  {
    outcome.error = problem.reason;
    return outcome;
  }
  const MethodSet set = request.methodSet ? *request.methodSet : project->methodSet();
  const AggregationRule rule = request.aggregation ? *request.aggregation : aggregationRule();
  outcome =
      ProjectAssessor::run(*project, set, rule, feedback, request.scope, request.transformContext);
  mStore.reset();
  // The layers' default styles do not depend on results; the layouts print the run's rule.
  if (outcome.ok)
    refreshQgisViews(false);
  return outcome;
}

bool ProjectSession::replaceMethodSet(const MethodSet &set, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  // The layers' stored default styles carry the level colours: a new palette rewrites them.
  const bool recolour =
      project->hasSpatialLayers() && project->methodSet().palette() != set.palette();
  if (!commit([&set](ProjectStore &project, QString *error)
              { return project.setMethodSet(set, error); },
              QString(), problem))
    return false;
  if (recolour)
    refreshQgisViews(true);
  return true;
}

bool ProjectSession::replaceMethodSetFromFile(const QString &file, MethodSet &set,
                                              Problems *problems)
{
  Problem problem;
  ProjectStore *project = store(&problem);
  if (project && readMethodSetFile(file, project->taxonomy(), set, problems) &&
      replaceMethodSet(set, &problem))
    return true;
  if (!problem.reason.isEmpty())
    *problems << problem;
  return false;
}

bool ProjectSession::replaceTaxonomy(const Taxonomy &taxonomy, Problem *problem)
{
  return commit([&taxonomy](ProjectStore &project, QString *error)
                { return project.setTaxonomy(taxonomy, error); },
                QString(), problem, true);
}

bool ProjectSession::replaceTaxonomyFromFile(const QString &file, Taxonomy &taxonomy,
                                             Problem *problem)
{
  QJsonObject json;
  QString error;
  if (!readJsonObject(file, json, &error) || !Taxonomy::fromJson(json, taxonomy, &error))
  {
    setProblem(problem, Problem::fileProblem(
                            ProblemKind::Invalid, file,
                            error.startsWith(file) ? error : tr("%1: %2").arg(file, error)));
    return false;
  }
  return commit([&taxonomy](ProjectStore &project, QString *message)
                { return project.setTaxonomy(taxonomy, message); },
                file, problem, true);
}

bool ProjectSession::commit(const std::function<bool(ProjectStore &, QString *)> &change,
                            const QString &file, Problem *problem, bool restyle)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QString error;
  // The stored styles' value maps name the taxonomy's categories and sectors.
  restyle = restyle && project->hasSpatialLayers();
  if (project->beginTransaction(&error) && change(*project, &error) && project->commit(&error))
  {
    // Category names appear in the embedded project's layouts (rewritten only if it changed).
    refreshQgisViews(restyle);
    return true;
  }
  project->rollback();
  setProblem(problem, file.isEmpty() ? failure(mPath, error)
                                     : Problem::fileProblem(ProblemKind::Invalid, file,
                                                            tr("%1: %2").arg(file, error)));
  return false;
}

bool ProjectSession::exportMethodSet(const MethodSet &set, const QString &file, Problem *problem)
{
  QString error;
  if (writeJsonObject(file, set.toJson(), &error))
    return true;
  setProblem(problem, failure(file, error));
  return false;
}

bool ProjectSession::exportTaxonomy(const QString &file, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  const Taxonomy taxonomy = project->taxonomy();
  if (readFailed(*project, problem))
    return false;
  QString error;
  if (writeJsonObject(file, taxonomy.toJson(), &error))
    return true;
  setProblem(problem, failure(file, error));
  return false;
}

bool ProjectSession::exportRiskList(const QString &file, int *rows, Problem *problem)
{
  return exportRiskList(file, QString(), rows, problem);
}

bool ProjectSession::exportRiskList(const QString &file, const QString &language, int *rows,
                                    Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QString error;
  bool written = false;
  if (riskListFormat(file) == OutputFormat::Xlsx)
    written = writeRiskListWorkbook(
        *project, file, language.isEmpty() ? QStringLiteral("zh") : language, rows, &error);
  else if (language.isEmpty())
    written = riskatlas::exportRiskList(*project, file, rows, &error);
  else
    written = exportRiskListTable(*project, file, language, rows, &error);
  if (readFailed(*project, problem))
    return false;
  if (written)
    return true;
  setProblem(problem, failure(file, error));
  return false;
}

bool ProjectSession::writeReport(const QString &file, const QString &language, Problem *problem)
{
  return writeReport(file, language, QString(), problem);
}

bool readMethodSetFile(const QString &file, const Taxonomy &taxonomy, MethodSet &set,
                       Problems *problems)
{
  QJsonObject json;
  QString error;
  if (!readJsonObject(file, json, &error))
  {
    *problems << Problem::fileProblem(ProblemKind::Invalid, file, error);
    return false;
  }
  // Every problem of the file, one line each, so one run shows all that needs fixing.
  QStringList readProblems;
  if (!MethodSet::readJson(json, set, readProblems))
  {
    for (const QString &reason : readProblems)
      *problems << Problem::fileProblem(ProblemKind::Invalid, file,
                                        ProjectSession::tr("%1: %2").arg(file, reason));
    return false;
  }
  const QStringList invalid = set.validate(taxonomy);
  for (const QString &reason : invalid)
    *problems << Problem::fileProblem(ProblemKind::Invalid, file,
                                      ProjectSession::tr("%1: %2").arg(file, reason));
  return invalid.isEmpty();
}

} // namespace riskatlas
