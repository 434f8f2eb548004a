#include "clirunner.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace riskatlas::test;

/**
 * Issue 11: every output is written in full or not at all. A full device, a folder that cannot
 * be written, a file-size limit and a kill in mid-write each leave exit 1 (or the old file), a
 * message naming the file, and never "wrote".
 */
class TestCliOutputs : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  struct Writer
  {
    QStringList arguments;
    QString file; //!< the output as named on the command line
  };

  //! Every command that writes a file, with its output at the path given for its kind.
  QList<Writer> writers(const QString &pdf, const QString &png, const QString &svg,
                        const QString &csv, const QString &json, const QString &xlsx) const
  {
    const QString map = QStringLiteral("export-map");
    return {{{map, mProject, pdf}, pdf},
            {{map, mProject, png}, png},
            {{map, mProject, svg}, svg},
            {{map, mProject, pdf, QStringLiteral("--atlas")}, pdf},
            {{QStringLiteral("report"), mProject, pdf}, pdf},
            {{QStringLiteral("export-units"), mProject, csv}, csv},
            {{QStringLiteral("report"), mProject, xlsx}, xlsx},
            {{QStringLiteral("export-units"), mProject, xlsx}, xlsx},
            {{QStringLiteral("methods"), QStringLiteral("export"), mProject, json}, json},
            {{QStringLiteral("taxonomy"), QStringLiteral("export"), mProject, json}, json}};
  }

  static void expectRefused(const CliRun &run, const QString &file, const QString &reason)
  {
    const QString said = run.out + run.err;
    QVERIFY2(run.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(said)));
    QVERIFY2(run.err.contains(file + QStringLiteral(": ")), qPrintable(said));
    QVERIFY2(reason.isEmpty() || run.err.contains(reason), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("wrote")), qPrintable(said));
  }

  //! Files in \a folder whose name marks an unfinished output.
  static QStringList temporaryFiles(const QString &folder)
  {
    return QDir(folder).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden);
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void riskListIsSafeInASpreadsheet()
  {
    const QString project = path(QStringLiteral("formulas.gpkg"));
    expectSuccess(runCli({QStringLiteral("new"), project}));
    expectSuccess(runCli({QStringLiteral("import-regions"), project,
                          sampleFile(QStringLiteral("districts.geojson"))}));
    const QString units = writeFile(
        path(QStringLiteral("formulas.csv")),
        "编号,单位名称,行业领域,经度,纬度,可能性,严重性,备注\n"
        "F1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",I01,120.246265,30.350567,4,5,-12.5\n"
        "F2,@SUM(A1),I01,120.288699,30.294567,2,1,+86 571\n");
    expectSuccess(runCli({QStringLiteral("import-units"), project, units}));
    const QString csv = path(QStringLiteral("formulas-out.csv"));
    expectSuccess(runCli({QStringLiteral("export-units"), project, csv}));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY2(content.contains(QStringLiteral("F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")),
             qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("F2,'@SUM(A1),")), qPrintable(content));
    // A negative number is a number, not a formula; text starting with + is neutralised.
    QVERIFY2(content.contains(QStringLiteral(",-12.5\r\n")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(",'+86 571\r\n")), qPrintable(content));
  }

  void fullDeviceFailsEveryOutput()
  {
    // export-map wants .pdf/.png/.svg, XLSX .xlsx: links with those names lead to the full
    // device.
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("png"),
                                  QStringLiteral("svg"), QStringLiteral("xlsx")})
      QVERIFY(QFile::link(QStringLiteral("/dev/full"), path(QStringLiteral("full.") + suffix)));
    const QString full = QStringLiteral("/dev/full");
    for (const Writer &writer :
         writers(path(QStringLiteral("full.pdf")), path(QStringLiteral("full.png")),
                 path(QStringLiteral("full.svg")), full, full, path(QStringLiteral("full.xlsx"))))
    {
      expectRefused(runCli(writer.arguments), writer.file,
                    QStringLiteral("No space left on device"));
      QVERIFY(QFileInfo(full).exists() && !QFileInfo(full).isFile());
    }
    QCOMPARE(temporaryFiles(mDir.path()), QStringList());
    QCOMPARE(temporaryFiles(QDir::tempPath()).filter(QStringLiteral(".full.tmp-")), QStringList());
  }

  void fullStandardOutputFailsSummary()
  {
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(RISKATLAS_CLI),
                  {QStringLiteral("summary"), mProject, QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(defaultTimeoutMs()));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("standard output: cannot write: No space left on device")),
             qPrintable(err));
  }

  void fullDeviceFailsTheErrorsFile()
  {
    const QString project = path(QStringLiteral("errors.gpkg"));
    expectSuccess(runCli({QStringLiteral("new"), project}));
    expectSuccess(runCli({QStringLiteral("import-regions"), project,
                          sampleFile(QStringLiteral("districts.geojson"))}));
    const QString bad =
        writeFile(path(QStringLiteral("bad.csv")), "编号,行业领域,经度,纬度\nA1,X99,120.2,30.25\n");
    const CliRun run = runCli({QStringLiteral("import-units"), project, bad,
                               QStringLiteral("--errors"), QStringLiteral("/dev/full")});
    expectRefused(run, QStringLiteral("/dev/full"), QStringLiteral("No space left on device"));
  }

  void nullDeviceStaysADevice()
  {
    expectSuccess(runCli({QStringLiteral("export-units"), mProject, QStringLiteral("/dev/null")}));
    struct stat status;
    QCOMPARE(::stat("/dev/null", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
  }

  void fileSizeLimitLeavesTheOldFile()
  {
    // A file-size limit makes writes fail as a full disk would (SIGXFSZ ignored: EFBIG).
    const QString folder = path(QStringLiteral("limited"));
    QVERIFY(QDir().mkpath(folder));
    const QString base = folder + QStringLiteral("/old.");
    const QByteArray old = "the previous output\n";
    for (const Writer &writer :
         writers(base + QStringLiteral("pdf"), base + QStringLiteral("png"),
                 base + QStringLiteral("svg"), base + QStringLiteral("csv"),
                 base + QStringLiteral("json"), base + QStringLiteral("xlsx")))
    {
      writeFile(writer.file, old);
      const CliRun run =
          runProcess(QStringLiteral("bash"),
                     QStringList{QStringLiteral("-c"),
                                 QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                                 QStringLiteral(RISKATLAS_CLI)} +
                         writer.arguments,
                     defaultTimeoutMs());
      expectRefused(run, writer.file, QString());
      QFile file(writer.file);
      QVERIFY(file.open(QIODevice::ReadOnly));
      QCOMPARE(file.readAll(), old);
      QCOMPARE(temporaryFiles(folder), QStringList());
    }
  }

  void killDuringRewriteKeepsTheOldFile()
  {
    const QString folder = path(QStringLiteral("killed"));
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/atlas.pdf");
    const QByteArray old = "the previous atlas\n";
    writeFile(target, old);
    QProcess process;
    process.start(QStringLiteral(RISKATLAS_CLI),
                  {QStringLiteral("export-map"), mProject, target, QStringLiteral("--atlas")});
    QVERIFY(process.waitForStarted());
    // Kill once the new PDF is being written into its temporary file.
    QElapsedTimer timer;
    timer.start();
    QStringList temporary;
    while (process.state() == QProcess::Running && timer.elapsed() < defaultTimeoutMs())
    {
      temporary = temporaryFiles(folder);
      if (!temporary.isEmpty() &&
          QFileInfo(folder + QLatin1Char('/') + temporary.first()).size() > 0)
        break;
      process.waitForFinished(5); // also notices an export that ended
    }
    QVERIFY2(process.state() == QProcess::Running,
             "the export ended before it could be killed mid-write");
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    // What a kill leaves is recognisable as unfinished: .atlas.tmp-XXXXXX.pdf.
    QCOMPARE(temporary.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\.atlas\\.tmp-\\w{6}\\.pdf$"))
                 .match(temporary.first())
                 .hasMatch(),
             qPrintable(temporary.first()));
  }

  void fileUsedAsFolderFailsEveryOutput()
  {
    // A regular file used as a folder cannot be written into, by root either.
    const QString file = writeFile(path(QStringLiteral("file.txt")), "x");
    const auto in = [&](const QString &name) { return file + QLatin1Char('/') + name; };
    for (const Writer &writer : writers(in(QStringLiteral("o.pdf")), in(QStringLiteral("o.png")),
                                        in(QStringLiteral("o.svg")), in(QStringLiteral("o.csv")),
                                        in(QStringLiteral("o.json")), in(QStringLiteral("o.xlsx"))))
      expectRefused(runCli(writer.arguments), writer.file, QStringLiteral("Not a directory"));
  }

  void readOnlyFolderFailsAnOutput()
  {
    if (::geteuid() == 0)
      QSKIP("running as root: a 0555 folder does not stop root (fileUsedAsFolderFailsEveryOutput "
            "ran)");
    const QString folder = path(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const CliRun run =
        runCli({QStringLiteral("export-units"), mProject, folder + QStringLiteral("/o.csv")});
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    expectRefused(run, folder + QStringLiteral("/o.csv"), QStringLiteral("Permission denied"));
  }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_cli_outputs.moc"
