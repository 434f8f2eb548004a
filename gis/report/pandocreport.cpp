#include "report/pandocreport.h"

#include "outputfile.h"
#include "report/reportfigures.h"
#include "report/reportinputreader.h"
#include "reportmarkdown.h"
#include "reportmodel.h"
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

} // namespace

QString pandocProgram()
{
  const QString fromEnvironment = qEnvironmentVariable("RISKATLAS_PANDOC");
  if (!fromEnvironment.isEmpty())
    return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
  return QStandardPaths::findExecutable(QStringLiteral("pandoc"));
}

namespace
{
//! The pandoc program, or false with the error saying how to install it.
bool findPandoc(QString &program, QString *error, bool *pandocMissing)
{
  program = pandocProgram();
  if (pandocMissing)
    *pandocMissing = program.isEmpty();
  if (program.isEmpty())
    *error = Tr::tr("pandoc was not found: it writes DOCX, ODT and HTML reports; install the "
                    "Debian package pandoc (apt install pandoc)");
  return !program.isEmpty();
}
} // namespace

bool writePandocReport(ProjectStore &store, const QString &file, const QString &language,
                       const QStringList &templateFolders, QString *error, bool *pandocMissing,
                       const ComparedProjects *compare)
{
  QString pandoc;
  if (!findPandoc(pandoc, error, pandocMissing)) // before reading a whole city for nothing
    return false;
  const Taxonomy taxonomy = store.taxonomy();
  ReportInput input = readReportInput(store, language, taxonomy);
  if (store.hasReadError())
    return false; // the caller reports the damage; no report from half-read figures
  ReportFigures pictures(store, input);
  if (compare)
    pictures.addComparison(*compare, store.crsAuthId(), input);
  const ReportDocument document = buildReportDocument(input, ReportTemplates(templateFolders));
  pictures.addCharts(document.charts, cartographyFontFamily());
  return writeDocumentWithPandoc(document, pictures, file, error, pandocMissing);
}

bool writeDocumentWithPandoc(const ReportDocument &document, FigureSource &pictures,
                             const QString &file, QString *error, bool *pandocMissing)
{
  const QString format = QFileInfo(file).suffix().toLower();
  QString pandoc;
  if (!findPandoc(pandoc, error, pandocMissing))
    return false;
  QTemporaryDir work;
  if (!work.isValid())
  {
    *error = Tr::tr("cannot create a temporary folder: %1").arg(work.errorString());
    return false;
  }
  const QDir folder(work.path());
  const bool html = format == QLatin1String("html");
  QMap<QString, QString> figures;
  for (const QString &id : document.figureIds())
  {
    // Charts as vectors in HTML; Word and LibreOffice get the picture every version shows.
    const bool vector = html && id.startsWith(QLatin1String("chart-"));
    const QString path =
        folder.filePath(id + (vector ? QStringLiteral(".svg") : QStringLiteral(".png")));
    if (pictures.writeImage(id, path, 200))
      figures.insert(id, path);
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
                        QStringLiteral("--wrap=none"),
                        QStringLiteral("--resource-path=") + folder.path(),
                        QStringLiteral("--output=") + output.writePath()};
  if (!document.compact)
    arguments << QStringLiteral("--toc") << QStringLiteral("--toc-depth=2");
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
