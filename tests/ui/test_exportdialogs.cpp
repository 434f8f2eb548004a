// The map and report export dialogs on the sample project: choices become the MapRequest and
// file the export runs with, the preview shows the map in its level colours, problems are shown
// at their field, and the last choices come back.
#include "clirunner.h"
#include "language.h"
#include "mapexportdialog.h"
#include "outputfolder.h"
#include "reportexportdialog.h"
#include "sampleproject.h"
#include "sessiontask.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <qgsapplication.h>
#include <qgsfilewidget.h>
#include <qgsfilterlineedit.h>
#include <qgssettings.h>

using namespace riskatlas;

namespace
{
void choose(QDialog &dialog, const char *name, const QVariant &data)
{
  auto *combo = dialog.findChild<QComboBox *>(QLatin1String(name));
  QVERIFY(combo);
  const int index = combo->findData(data);
  QVERIFY2(index >= 0, name);
  combo->setCurrentIndex(index);
}

void typeFile(QDialog &dialog, const char *name, const QString &file)
{
  auto *widget = dialog.findChild<QgsFileWidget *>(QLatin1String(name));
  QVERIFY(widget);
  widget->lineEdit()->selectAll();
  QTest::keyClick(widget->lineEdit(), Qt::Key_Backspace);
  QTest::keyClicks(widget->lineEdit(), file);
  QCOMPARE(widget->filePath(), file);
}

QPushButton *okButton(QDialog &dialog)
{
  return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

//! Runs \a step as the workbench does: a read-only SessionTask on the task manager.
TaskResult runTask(const QString &project, const SessionTask::Step &step)
{
  auto *task = new SessionTask(QStringLiteral("export"), project, false, step);
  TaskResult result;
  bool done = false;
  QObject::connect(task, &SessionTask::completed,
                   [&](const TaskResult &outcome)
                   {
                     result = outcome;
                     done = true;
                   });
  QgsApplication::taskManager()->addTask(task);
  if (!QTest::qWaitFor([&] { return done; }, 120000))
    result.problems << Problem::fileProblem(ProblemKind::Failed, project,
                                            QStringLiteral("timeout"));
  return result;
}

//! Pixels of \a image close to \a colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
  int count = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
    {
      const QColor pixel = image.pixelColor(x, y);
      if (std::abs(pixel.red() - colour.red()) < 40 &&
          std::abs(pixel.green() - colour.green()) < 40 &&
          std::abs(pixel.blue() - colour.blue()) < 40)
        ++count;
    }
  return count;
}
//! Stands in for the desktop's file manager.
class FolderOpener : public QObject
{
  Q_OBJECT

public:
  QList<QUrl> opened;

public slots:
  void open(const QUrl &url) { opened << url; }
};
} // namespace

class TestExportDialogs : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mSettings;
  QTemporaryDir mDir;
  QString mProject;
  QList<QPair<QString, QString>> mCategories;

  QString path(const QString &name) const { return mDir.filePath(name); }

private slots:
  void initTestCase()
  {
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mSettings.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    // The fresh settings file must keep what startQgis() set (no WAL on committed files).
    QgsSettings().setValue(QStringLiteral("qgis/walForSqlite3"), false);
    mProject = path(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mProject));
    auto session = ProjectSession::open(mProject, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    const Taxonomy taxonomy = session->taxonomy();
    for (const Category &category : taxonomy.categories())
      mCategories << qMakePair(category.code, category.name(QStringLiteral("en")));
    QVERIFY(mCategories.size() > 1);
  }

  void mapPreviewThenExport()
  {
    MapExportDialog dialog(mProject, mCategories);
    dialog.resize(1100, 700);
    dialog.show();
    // The sample has districts only: no street or grid maps to offer.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    QCOMPARE(kind->count(), 1);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("district"));
    const QString pdf = path(QStringLiteral("industrial.pdf"));
    typeFile(dialog, "output", pdf);
    choose(dialog, "paper", QStringLiteral("A4"));
    choose(dialog, "orientation", true);
    choose(dialog, "category", QStringLiteral("industrial"));
    choose(dialog, "language", QStringLiteral("en"));
    QVERIFY(okButton(dialog)->isEnabled());

    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap(Qt::ReturnByValue).isNull(), 90000);
    // A4 landscape at the preview's resolution, in the level palette.
    const QImage image = dialog.previewImage();
    QVERIFY2(image.width() > image.height() && image.width() < 800,
             qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
    QVERIFY2(pixelsNear(image, QColor(0xFF, 0x00, 0x00)) > 20, "no major-risk red");
    QVERIFY2(pixelsNear(image, QColor(0x00, 0x70, 0xC0)) > 20, "no low-risk blue");
    QVERIFY(pixelsNear(preview->pixmap(Qt::ReturnByValue).toImage(), QColor(0xFF, 0x00, 0x00)) > 0);

    // A changed choice renders the preview again (portrait A4).
    QSignalSpy updated(&dialog, &MapExportDialog::previewUpdated);
    choose(dialog, "orientation", false);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewImage().height() > dialog.previewImage().width(), 90000);
    QVERIFY(updated.count() >= 1);
    choose(dialog, "orientation", true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewImage().width() > dialog.previewImage().height(), 90000);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const MapRequest request = dialog.request();
    QCOMPARE(request.paper, QStringLiteral("A4"));
    QVERIFY(request.landscape);
    QCOMPARE(request.category, QStringLiteral("industrial"));
    QCOMPARE(request.language, QStringLiteral("en"));
    QCOMPARE(dialog.outputFile(), pdf);
    const QString output = dialog.outputFile();
    const TaskResult result = runTask(mProject,
                                      [request, output](ProjectSession &session, QgsFeedback *)
                                      {
                                        const MapExport exported =
                                            session.exportMap(request, output);
                                        TaskResult outcome;
                                        outcome.ok = exported.ok;
                                        outcome.written = exported.written;
                                        if (!exported.ok)
                                          outcome.problems << exported.problem;
                                        return outcome;
                                      });
    QVERIFY2(result.ok,
             qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().message()));
    QCOMPARE(result.written, QStringList{pdf});
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &word : {QStringLiteral("Risk Distribution Map"),
                                QStringLiteral("Major risk"), QStringLiteral("Low risk")})
      QVERIFY2(text.contains(word), qPrintable(word + QLatin1Char('\n') + text));
    QVERIFY2(!text.contains(QStringLiteral("重大风险")), qPrintable(text));
    const QString fonts = test::runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    QVERIFY(test::runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A4)")));
  }

  void mapChoicesAreRemembered()
  {
    // After mapPreviewThenExport's export: the next dialog opens with its choices.
    MapExportDialog dialog(mProject, mCategories);
    const MapRequest request = dialog.request();
    QCOMPARE(request.paper, QStringLiteral("A4"));
    QVERIFY(request.landscape);
    QCOMPARE(request.category, QStringLiteral("industrial"));
    QCOMPARE(request.language, QStringLiteral("en"));
    QCOMPARE(dialog.outputFile(), path(QStringLiteral("industrial.pdf")));
    // The map exported last time is there: said, not refused.
    const QLabel *note = dialog.findChild<QLabel *>(QStringLiteral("outputProblem"));
    QVERIFY2(note->text().contains(QStringLiteral("industrial.pdf")), qPrintable(note->text()));
    QVERIFY(okButton(dialog)->isEnabled());

    choose(dialog, "orientation", false);
    choose(dialog, "category", QString());
    dialog.reject(); // cancelled: nothing remembered
    MapExportDialog again(mProject, mCategories);
    QVERIFY(again.request().landscape);
    QCOMPARE(again.request().category, QStringLiteral("industrial"));
  }

  void badChoicesAreShownAtTheirField()
  {
    MapExportDialog dialog(mProject, mCategories);
    dialog.show();
    auto *templateProblem = dialog.findChild<QLabel *>(QStringLiteral("templateProblem"));
    QVERIFY(templateProblem && !templateProblem->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    typeFile(dialog, "template", path(QStringLiteral("missing.qpt")));
    QVERIFY(templateProblem->isVisible());
    QVERIFY2(templateProblem->text().contains(QStringLiteral("missing.qpt")),
             qPrintable(templateProblem->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // A file that is no layout template: the preview finds out, the field says so.
    const QString notATemplate =
        test::writeFile(path(QStringLiteral("notes.qpt")), "<Layout><Nothing/></Layout>");
    typeFile(dialog, "template", notATemplate);
    QVERIFY(!templateProblem->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(templateProblem->isVisible(), 90000);
    QVERIFY2(templateProblem->text().contains(QStringLiteral("notes.qpt")),
             qPrintable(templateProblem->text()));
    QVERIFY(!okButton(dialog)->isEnabled());

    typeFile(dialog, "template", QString());
    QVERIFY(!templateProblem->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    typeFile(dialog, "output", QString());
    auto *outputProblem = dialog.findChild<QLabel *>(QStringLiteral("outputProblem"));
    QVERIFY(outputProblem->isVisible());
    QCOMPARE(outputProblem->text(), QStringLiteral("Choose where to save the map."));
    QVERIFY(!okButton(dialog)->isEnabled());
    typeFile(dialog, "output", path(QStringLiteral("map.docx")));
    QVERIFY(outputProblem->isVisible() && outputProblem->text().contains(QStringLiteral(".png")));
    QVERIFY(!okButton(dialog)->isEnabled());
    // The resolution matters for PNG only.
    auto *dpi = dialog.findChild<QWidget *>(QStringLiteral("dpi"));
    QVERIFY(!dpi->isEnabled());
    typeFile(dialog, "output", path(QStringLiteral("map.png")));
    QVERIFY(dpi->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
  }

  void reportExport()
  {
    const QString pdf = path(QStringLiteral("report.pdf"));
    {
      ReportExportDialog dialog(mProject);
      dialog.show();
      typeFile(dialog, "output", path(QStringLiteral("report.txt")));
      QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("outputProblem"))->isVisible());
      QVERIFY(!okButton(dialog)->isEnabled());
      // The suffix picks the format, and the format the suffix.
      typeFile(dialog, "output", path(QStringLiteral("report.odt")));
      QCOMPARE(dialog.format(), QStringLiteral("odt"));
      QVERIFY(okButton(dialog)->isEnabled());
      choose(dialog, "format", QStringLiteral("docx"));
      QCOMPARE(dialog.outputFile(), path(QStringLiteral("report.docx")));
      choose(dialog, "format", QStringLiteral("pdf"));
      typeFile(dialog, "output", path(QStringLiteral("report")));
      QCOMPARE(dialog.outputFile(), pdf); // the PDF suffix added
      choose(dialog, "language", QStringLiteral("en"));
      QTest::mouseClick(okButton(dialog), Qt::LeftButton);
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
      const QString output = dialog.outputFile();
      const QString language = dialog.language();
      const TaskResult result = runTask(mProject,
                                        [output, language](ProjectSession &session, QgsFeedback *)
                                        {
                                          TaskResult outcome;
                                          Problem problem;
                                          outcome.ok =
                                              session.writeReport(output, language, &problem);
                                          if (!outcome.ok)
                                            outcome.problems << problem;
                                          return outcome;
                                        });
      QVERIFY(result.ok);
      const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
      QVERIFY2(text.contains(QStringLiteral("City Safety Risk Assessment Report")) &&
                   text.contains(QStringLiteral("1 General")),
               qPrintable(text));
    }
    ReportExportDialog again(mProject);
    QCOMPARE(again.outputFile(), pdf);
    QCOMPARE(again.language(), QStringLiteral("en"));
    // The report written last time is there: a note says it will be replaced, OK stays enabled.
    const QLabel *note = again.findChild<QLabel *>(QStringLiteral("outputProblem"));
    QVERIFY2(note->text().contains(QStringLiteral("report.pdf")), qPrintable(note->text()));
    QVERIFY(okButton(again)->isEnabled());
  }

  void outputFolderOpensUnlessTurnedOff()
  {
    // The desktop is asked for the folder of the file written; tests and CI turn it off.
    FolderOpener opener;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
    const QByteArray ci = qgetenv("CI");
    const QByteArray noOpen = qgetenv("RISKATLAS_NO_OPEN");
    qunsetenv("CI");
    qunsetenv("RISKATLAS_NO_OPEN");
    const QString pdf = path(QStringLiteral("industrial.pdf"));
    QVERIFY(openOutputFolder(pdf));
    QCOMPARE(opener.opened, QList<QUrl>{QUrl::fromLocalFile(mDir.path())});
    qputenv("RISKATLAS_NO_OPEN", "1");
    QVERIFY(!openOutputFolder(pdf));
    qunsetenv("RISKATLAS_NO_OPEN");
    qputenv("CI", "true");
    QVERIFY(!openOutputFolder(pdf));
    QCOMPARE(opener.opened.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    if (ci.isNull())
      qunsetenv("CI");
    else
      qputenv("CI", ci);
    if (!noOpen.isNull())
      qputenv("RISKATLAS_NO_OPEN", noOpen);
  }

  void screenshots()
  {
    // The dialogs are built, filled and drawn in both languages every run; the images are
    // kept in RISKATLAS_SCREENSHOTS when set (to look at), else in a scratch folder.
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOTS", scratch.path());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      QTranslator translator;
      if (language == QLatin1String("zh"))
      {
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
      }
      QList<QPair<QString, QString>> categories;
      auto session = ProjectSession::open(mProject, OpenMode::ReadOnly, nullptr);
      const Taxonomy taxonomy = session->taxonomy();
      for (const Category &category : taxonomy.categories())
        categories << qMakePair(category.code, category.name(language));
      {
        MapExportDialog dialog(mProject, categories);
        dialog.resize(1100, 680);
        dialog.show();
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap(Qt::ReturnByValue).isNull(), 90000);
        QTest::qWait(200);
        dialog.grab().save(folder + QStringLiteral("/map-%1.png").arg(language));
        typeFile(dialog, "template", path(QStringLiteral("missing.qpt")));
        QTest::qWait(100);
        dialog.grab().save(folder + QStringLiteral("/map-problem-%1.png").arg(language));
      }
      {
        ReportExportDialog dialog(mProject);
        dialog.show();
        QTest::qWait(100);
        dialog.grab().save(folder + QStringLiteral("/report-%1.png").arg(language));
      }
      QCoreApplication::removeTranslator(&translator);
    }
  }
};

RISKATLAS_UI_TEST_MAIN(TestExportDialogs)
#include "test_exportdialogs.moc"
