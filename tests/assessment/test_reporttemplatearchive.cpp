#include "reporttemplatearchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas;

/**
 * A report template stored in a project: the files of a folder round-trip through the JSON the
 * project keeps, bad files are named, unknown files ignored.
 */
class TestReportTemplateArchive : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;

  QString write(const QString &folder, const QString &name, const QByteArray &content)
  {
    const QString path = QDir(mDir.filePath(folder)).filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
      return QString();
    return path;
  }

  static QByteArray png()
  {
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                                  "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

private slots:
  void folderRoundTripsThroughJson()
  {
    QVERIFY(!write(QStringLiteral("a"), QStringLiteral("zh/purpose.md"), "受{{client}}委托。")
                 .isEmpty());
    QVERIFY(!write(QStringLiteral("a"), QStringLiteral("logo.png"), png()).isEmpty());
    QVERIFY(!write(QStringLiteral("a"), QStringLiteral("report.json"), R"({"client": "应急局"})")
                 .isEmpty());
    QVERIFY(!write(QStringLiteral("a"), QStringLiteral("notes.txt"), "not a template").isEmpty());
    ReportTemplateArchive archive;
    QString error;
    QVERIFY2(ReportTemplateArchive::readFolder(mDir.filePath(QStringLiteral("a")), archive, &error),
             qPrintable(error));
    QCOMPARE(archive.files(),
             QStringList({QStringLiteral("logo.png"), QStringLiteral("report.json"),
                          QStringLiteral("zh/purpose.md")}));
    ReportTemplateArchive back;
    QVERIFY2(ReportTemplateArchive::fromJson(archive.toJson(), back, &error), qPrintable(error));
    QCOMPARE(back.files(), archive.files());
    const QString out = mDir.filePath(QStringLiteral("out"));
    QVERIFY2(back.writeFolder(out, &error), qPrintable(error));
    QFile purpose(out + QStringLiteral("/zh/purpose.md"));
    QVERIFY(purpose.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(purpose.readAll()), QStringLiteral("受{{client}}委托。"));
    QFile logo(out + QStringLiteral("/logo.png"));
    QVERIFY(logo.open(QIODevice::ReadOnly));
    QCOMPARE(logo.readAll(), png());
  }

  void badFilesAreNamedAndNothingIsRead()
  {
    const QString logo = write(QStringLiteral("b"), QStringLiteral("logo.png"), "GIF89a");
    ReportTemplateArchive archive;
    QString error;
    QVERIFY(
        !ReportTemplateArchive::readFolder(mDir.filePath(QStringLiteral("b")), archive, &error));
    QCOMPARE(error, logo + QStringLiteral(": the logo must be a PNG image"));
    QVERIFY(archive.isEmpty());

    const QString facts = write(QStringLiteral("c"), QStringLiteral("report.json"), "[1, 2]");
    QVERIFY(
        !ReportTemplateArchive::readFolder(mDir.filePath(QStringLiteral("c")), archive, &error));
    QVERIFY2(error.startsWith(facts + QStringLiteral(": not a JSON object")), qPrintable(error));

    QVERIFY(QDir().mkpath(mDir.filePath(QStringLiteral("empty"))));
    QVERIFY(!ReportTemplateArchive::readFolder(mDir.filePath(QStringLiteral("empty")), archive,
                                               &error));
    QVERIFY2(error.contains(QStringLiteral("holds no report template file")), qPrintable(error));
  }

  void damagedJsonIsRefused()
  {
    ReportTemplateArchive archive;
    QString error;
    QVERIFY(!ReportTemplateArchive::fromJson(QStringLiteral("{}"), archive, &error));
    QVERIFY(!ReportTemplateArchive::fromJson(
        QStringLiteral(R"({"files": {"../../etc/passwd": "eA=="}})"), archive, &error));
    QVERIFY2(error.contains(QStringLiteral("../../etc/passwd")), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestReportTemplateArchive)
#include "test_reporttemplatearchive.moc"
