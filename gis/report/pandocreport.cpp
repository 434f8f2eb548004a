#include "report/pandocreport.h"

#include "assess/projectsummary.h"
#include "maps/riskmaplayout.h"
#include "outputfile.h"
#include "report/reportchartpainter.h"
#include "reportmarkdown.h"
#include "reportmodel.h"
#include "reproducibletime.h"
#include "store/projectcrs.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gisruntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(PandocReport)
};

//! Copies a built-in resource into \a folder, for pandoc to read.
QString extractResource(const QString &resource, const QDir &folder)
{
  const QString target = folder.filePath(QFileInfo(resource).fileName());
  QFile::remove(target);
  if (!QFile::copy(resource, target))
    return QString();
  QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  return target;
}

bool writeText(const QString &path, const QString &text)
{
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.flush();
}

void readInput(ProjectStore &store, const QString &language, const Taxonomy &taxonomy,
               ReportInput &input)
{
  input.language = language;
  input.projectName = store.projectName();
  input.generatedAt = reproducibleNow();
  input.crsDescription = describeCrs(store.crsAuthId());
  input.summary = readSummary(store);
  input.taxonomy = &taxonomy;
  input.methodSet = store.methodSet();
  input.majorUnits = readMajorUnits(store, language);
  input.significantUnits = readSignificantUnits(store, language);
  input.overriddenUnits = readOverriddenUnits(store, language);
  input.allUnits = readAllUnits(store, language);
  input.bySector = readSectorCounts(store);
  input.correction = readCorrectionCounts(store);
  const QList<AuditEntry> log = store.auditLog();
  for (const AuditEntry &entry : log)
    if (entry.action.startsWith(QLatin1String("import-")))
      input.dataSources << QStringLiteral("%1 (%2, %3)")
                               .arg(entry.target, entry.action, entry.timestamp.left(10));
  if (!log.isEmpty())
    input.auditHeadHash = log.last().hash;
}
} // namespace

QString pandocProgram()
{
  const QString fromEnvironment = qEnvironmentVariable("RISKATLAS_PANDOC");
  if (!fromEnvironment.isEmpty())
    return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
  return QStandardPaths::findExecutable(QStringLiteral("pandoc"));
}

bool writePandocReport(ProjectStore &store, const QString &file, const QString &language,
                       const QStringList &templateFolders, QString *error, bool *pandocMissing)
{
  const QString format = QFileInfo(file).suffix().toLower();
  const QString pandoc = pandocProgram();
  if (pandocMissing)
    *pandocMissing = pandoc.isEmpty();
  if (pandoc.isEmpty())
  {
    *error = Tr::tr("pandoc was not found: it writes DOCX, ODT and HTML reports; install the "
                    "Debian package pandoc (apt install pandoc)");
    return false;
  }
  const Taxonomy taxonomy = store.taxonomy();
  ReportInput input;
  readInput(store, language, taxonomy, input);
  if (store.hasReadError())
    return false; // the caller reports the damage; no report from half-read figures

  QTemporaryDir work;
  if (!work.isValid())
  {
    *error = Tr::tr("cannot create a temporary folder: %1").arg(work.errorString());
    return false;
  }
  const QDir folder(work.path());
  QMap<QString, QString> figures;

  MapOptions mapOptions;
  mapOptions.language = language;
  mapOptions.paper = QStringLiteral("A4");
  mapOptions.aggregation = store.metadata(ProjectSchema::aggregationKey());
  RiskMapLayout map(store.path(), input.projectName, store.crsAuthId(), mapOptions);
  if (map.isValid())
  {
    const QString path = folder.filePath(QStringLiteral("map-overall.png"));
    input.hasOverallMap = map.renderImage(200).save(path, "PNG");
    if (input.hasOverallMap)
      figures.insert(QStringLiteral("map-overall"), path);
    for (const Category &category : taxonomy.categories())
    {
      if (input.summary.byCategory.value(category.code).total() == 0)
        continue;
      MapOptions categoryOptions = mapOptions;
      categoryOptions.category = category.code;
      categoryOptions.categoryName = category.name(language);
      RiskMapLayout categoryMap(store.path(), input.projectName, store.crsAuthId(),
                                categoryOptions);
      const QString id = QStringLiteral("map-category-%1").arg(category.code);
      const QString categoryPath = folder.filePath(id + QStringLiteral(".png"));
      if (categoryMap.isValid() && categoryMap.renderImage(200).save(categoryPath, "PNG"))
      {
        input.mapCategories << category.code;
        figures.insert(id, categoryPath);
      }
    }
  }

  QStringList folders = templateFolders;
  const ReportDocument document = buildReportDocument(input, ReportTemplates(folders));
  const bool html = format == QLatin1String("html");
  for (const ReportChart &chart : document.charts)
  {
    const ReportChartPainter painter(chart, language, cartographyFontFamily());
    const QString svg = folder.filePath(chart.id + QStringLiteral(".svg"));
    const QString png = folder.filePath(chart.id + QStringLiteral(".png"));
    // Vector in HTML; Word and LibreOffice get the picture every version shows.
    if (html ? painter.writeSvg(svg) : painter.writePng(png))
      figures.insert(chart.id, html ? svg : png);
  }

  const QString markdownPath = folder.filePath(QStringLiteral("report.md"));
  if (!writeText(markdownPath, renderReportMarkdown(document, figures)))
  {
    *error = Tr::tr("cannot write the temporary file %1").arg(markdownPath);
    return false;
  }

  OutputFile output(file);
  if (!output.open(error))
    return false;
  output.device().close();
  QStringList arguments{markdownPath,
                        QStringLiteral("--from=markdown-smart"),
                        QStringLiteral("--standalone"),
                        QStringLiteral("--toc"),
                        QStringLiteral("--wrap=none"),
                        QStringLiteral("--toc-depth=2"),
                        QStringLiteral("--resource-path=") + folder.path(),
                        QStringLiteral("--output=") + output.writePath()};
  if (html)
  {
    const QString css = extractResource(QStringLiteral(":/riskatlas/report/report.css"), folder);
    arguments << QStringLiteral("--to=html5") << QStringLiteral("--self-contained")
              << QStringLiteral("--css=") + css;
    output.expectHtml();
  }
  else
  {
    const QString reference =
        extractResource(QStringLiteral(":/riskatlas/report/reference.%1").arg(format), folder);
    arguments << QStringLiteral("--to=") + format << QStringLiteral("--reference-doc=") + reference;
    output.expectZip();
  }
  QProcess process;
  process.setWorkingDirectory(folder.path());
  process.start(pandoc, arguments);
  // A 100k-unit annex takes pandoc minutes; no report is worth waiting on forever.
  if (!process.waitForStarted() || !process.waitForFinished(30 * 60 * 1000))
  {
    process.kill();
    *error = Tr::tr("pandoc did not run: %1").arg(process.errorString());
    return false;
  }
  if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
  {
    *error = Tr::tr("pandoc failed (exit code %1): %2")
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return false;
  }
  return output.commit(error);
}

} // namespace riskatlas
