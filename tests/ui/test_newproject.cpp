// The new-project dialog as an analyst fills it in: name, file, the CRS suggested from a data
// file; the project is then created through ProjectSession::create with its answers.
#include "language.h"
#include "newprojectwizard.h"
#include "testdata.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <qgsfilewidget.h>
#include <qgsfilterlineedit.h>
#include <qgssettings.h>

using namespace riskatlas;

namespace
{
QPushButton *createButton(QDialog &dialog)
{
  return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

//! Types \a text as a user does: keys for ASCII, an input method's commit for Chinese.
void typeText(QWidget *widget, const QString &text)
{
  QVERIFY(widget);
  QString ascii;
  for (const QChar c : text)
  {
    if (c.unicode() < 128)
    {
      ascii += c;
      continue;
    }
    QTest::keyClicks(widget, ascii);
    ascii.clear();
    QInputMethodEvent event;
    event.setCommitString(c);
    QApplication::sendEvent(widget, &event);
  }
  QTest::keyClicks(widget, ascii);
}

void typeFile(QDialog &dialog, const char *name, const QString &file)
{
  QgsFileWidget *widget = dialog.findChild<QgsFileWidget *>(QLatin1String(name));
  QVERIFY(widget);
  widget->lineEdit()->clear();
  typeText(widget->lineEdit(), file);
  QCOMPARE(widget->filePath(), file);
}
} // namespace

class TestNewProject : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mSettings;

private slots:
  void initTestCase()
  {
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mSettings.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    // The fresh settings file must keep what startQgis() set (no WAL on committed files).
    QgsSettings().setValue(QStringLiteral("qgis/walForSqlite3"), false);
  }

  void createsWithTheCrsOfTheDataFile()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("示例市.gpkg"));
    NewProjectWizard wizard;
    wizard.show();
    typeText(wizard.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("示例市"));
    typeFile(wizard, "file", path);
    QVERIFY(wizard.crsAuthId().isEmpty()); // no assumed zone before a data file is chosen
    typeFile(wizard, "dataFile", test::sampleFile(QStringLiteral("districts.geojson")));
    QCOMPARE(wizard.crsAuthId(), QStringLiteral("EPSG:4549"));
    const QString note = wizard.findChild<QLabel *>(QStringLiteral("suggestion"))->text();
    QVERIFY2(note.contains(QStringLiteral("EPSG:4549")) && note.contains(QStringLiteral("120E")),
             qPrintable(note));
    QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("replace"))->isVisible());
    QVERIFY(createButton(wizard)->isEnabled());
    QTest::mouseClick(createButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    QCOMPARE(wizard.path(), path);
    QCOMPARE(wizard.projectName(), QStringLiteral("示例市"));
    QVERIFY(!wizard.overwrite());
    Problem problem;
    auto session = ProjectSession::create(wizard.path(), wizard.projectName(), wizard.crsAuthId(),
                                          wizard.overwrite(), &problem);
    QVERIFY2(session, qPrintable(problem.message()));
    session.reset();
    auto reopened = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    QVERIFY(reopened);
    QCOMPARE(reopened->projectName(), QStringLiteral("示例市"));
    QCOMPARE(reopened->crsAuthId(), QStringLiteral("EPSG:4549"));
  }

  void replacingAFileNeedsConsent()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(ProjectSession::create(path, QStringLiteral("旧"), QStringLiteral("EPSG:4549"), false,
                                   nullptr));
    NewProjectWizard wizard;
    wizard.show();
    typeText(wizard.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("新"));
    // Typed without the suffix: the project file still ends in .gpkg.
    typeFile(wizard, "file", dir.filePath(QStringLiteral("city")));
    QCOMPARE(wizard.path(), path);
    auto *replace = wizard.findChild<QCheckBox *>(QStringLiteral("replace"));
    QVERIFY(replace->isVisible());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("fileExists"))
                ->text()
                .contains(QStringLiteral("city.gpkg")));
    QVERIFY(!createButton(wizard)->isEnabled());
    QVERIFY(!wizard.overwrite());
    replace->click();
    QVERIFY(createButton(wizard)->isEnabled());
    QVERIFY(wizard.overwrite());
    // No data file: the first import decides the CRS.
    QVERIFY(wizard.crsAuthId().isEmpty());
    Problem problem;
    auto session = ProjectSession::create(wizard.path(), wizard.projectName(), wizard.crsAuthId(),
                                          wizard.overwrite(), &problem);
    QVERIFY2(session, qPrintable(problem.message()));
    QCOMPARE(session->projectName(), QStringLiteral("新"));
    QVERIFY(session->crsAuthId().isEmpty());
  }

  void dataFileWithoutPositionsSaysWhy()
  {
    QTemporaryDir dir;
    const QString csv = test::writeFile(dir.filePath(QStringLiteral("names.csv")),
                                        "编号,单位名称,行业领域\nRU1,某公司,I01\n");
    NewProjectWizard wizard;
    typeFile(wizard, "dataFile", csv);
    QVERIFY(wizard.crsAuthId().isEmpty());
    const QString note = wizard.findChild<QLabel *>(QStringLiteral("suggestion"))->text();
    QVERIFY2(note.contains(QStringLiteral("names.csv")), qPrintable(note));
    // No project file chosen yet: nothing to create.
    QVERIFY(!createButton(wizard)->isEnabled());
  }

  void screenshots()
  {
    // The dialogs are built, filled and drawn in both languages every run; the images are
    // kept in RISKATLAS_SCREENSHOTS when set (to look at), else in a scratch folder.
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOTS", scratch.path());
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(ProjectSession::create(existing, QStringLiteral("旧"), QString(), false, nullptr));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      QTranslator translator;
      if (language == QLatin1String("zh"))
      {
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
      }
      {
        NewProjectWizard wizard;
        wizard.show();
        typeText(wizard.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("示例市"));
        typeFile(wizard, "file", existing);
        typeFile(wizard, "dataFile", test::sampleFile(QStringLiteral("districts.geojson")));
        QTest::qWait(100);
        wizard.grab().save(folder + QStringLiteral("/newproject-%1.png").arg(language));
      }
      QCoreApplication::removeTranslator(&translator);
    }
  }
};

RISKATLAS_UI_TEST_MAIN(TestNewProject)
#include "test_newproject.moc"
