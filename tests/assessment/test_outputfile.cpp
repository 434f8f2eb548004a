#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace riskatlas;

//! OutputFile: whole or nothing, old file kept on failure, devices written into, not replaced.
class TestOutputFile : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;

  static QByteArray read(const QString &path)
  {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
  }

  static void write(const QString &path, const QByteArray &bytes)
  {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
  }

  QStringList leftovers() const
  {
    return QDir(mDir.path()).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden);
  }

private slots:
  void replacesTheWholeFileKeepingItsPermissions()
  {
    const QString path = mDir.filePath(QStringLiteral("a.json"));
    write(path, "old");
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup));
    QString error;
    QVERIFY2(writeOutputFile(path, "new", &error), qPrintable(error));
    QCOMPARE(read(path), QByteArray("new"));
    // Owner, group and other bits; Qt's "user" bits repeat the owner's for the file's owner.
    QCOMPARE(int(QFile::permissions(path)) & 0x7077,
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QCOMPARE(leftovers(), QStringList());
  }

  void anUncommittedOutputLeavesTheOldFile()
  {
    const QString path = mDir.filePath(QStringLiteral("b.csv"));
    write(path, "old");
    {
      OutputFile output(path);
      QString error;
      QVERIFY(output.open(&error));
      QVERIFY(output.writePath().contains(QStringLiteral("/.b.tmp-")));
      QVERIFY(output.writePath().endsWith(QStringLiteral(".csv")));
      output.device().write("half of the n");
    }
    QCOMPARE(read(path), QByteArray("old"));
    QCOMPARE(leftovers(), QStringList());
  }

  void aFileCutShortIsRefused()
  {
    const QString path = mDir.filePath(QStringLiteral("c.pdf"));
    write(path, "old");
    OutputFile output(path);
    QString error;
    QVERIFY(output.open(&error));
    output.device().write("%PDF-1.4 and no end");
    output.setExpectedTail("%%EOF");
    QVERIFY(!output.commit(&error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(read(path), QByteArray("old"));
    QCOMPARE(leftovers(), QStringList());
  }

  void aZipMustBeWhole()
  {
    // A zip as XLSX, DOCX and ODT are: local header first, end-of-central-directory record
    // (22 bytes, then its comment) last.
    const QByteArray body = QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x');
    auto endRecord = [](const QByteArray &comment)
    {
      QByteArray record("PK\x05\x06", 4);
      record += QByteArray(16, '\0');
      record += static_cast<char>(comment.size() & 0xFF);
      record += static_cast<char>(comment.size() >> 8);
      return record + comment;
    };
    auto commitZip = [this](const QString &name, const QByteArray &bytes)
    {
      const QString path = mDir.filePath(name);
      write(path, "old");
      OutputFile output(path);
      QString error;
      output.expectZip();
      if (!output.open(&error))
        return error;
      output.device().write(bytes);
      if (!output.commit(&error))
        return error;
      return read(path) == bytes ? QString() : QStringLiteral("not replaced");
    };
    QCOMPARE(commitZip(QStringLiteral("whole.xlsx"), body + endRecord({})), QString());
    QCOMPARE(commitZip(QStringLiteral("comment.xlsx"), body + endRecord("made by a test")),
             QString());
    const QByteArray whole = body + endRecord({});
    QVERIFY(commitZip(QStringLiteral("cut.xlsx"), whole.left(whole.size() - 5))
                .endsWith(QStringLiteral("the written file is incomplete")));
    QVERIFY(commitZip(QStringLiteral("noheader.xlsx"), "XX" + whole.mid(2))
                .endsWith(QStringLiteral("the written file is not of the expected format")));
    QCOMPARE(read(mDir.filePath(QStringLiteral("cut.xlsx"))), QByteArray("old"));
    QCOMPARE(leftovers(), QStringList());
  }

  void documentsAreCheckedAsZipOrHtml()
  {
    // A DOCX or ODT cut short lacks the zip's end of central directory; an HTML page its end.
    const QString docx = mDir.filePath(QStringLiteral("d.docx"));
    QString error;
    {
      OutputFile output(docx);
      QVERIFY(output.open(&error));
      output.device().write("PK\x03\x04 some entries and no directory");
      output.expectZip();
      QVERIFY(!output.commit(&error));
      QVERIFY2(error.contains(QStringLiteral("incomplete")), qPrintable(error));
    }
    {
      OutputFile output(docx);
      QVERIFY(output.open(&error));
      output.device().write("<html>not a zip</html> PK\x05\x06");
      output.expectZip();
      QVERIFY(!output.commit(&error));
      QVERIFY2(error.contains(QStringLiteral("format")), qPrintable(error));
    }
    {
      OutputFile output(docx);
      QVERIFY(output.open(&error));
      output.device().write(QByteArray("PK\x03\x04 entries PK\x05\x06") + QByteArray(18, '\0'));
      output.expectZip();
      QVERIFY2(output.commit(&error), qPrintable(error));
    }
    const QString html = mDir.filePath(QStringLiteral("e.html"));
    OutputFile cut(html);
    QVERIFY(cut.open(&error));
    cut.device().write("<!DOCTYPE html><html><body><table>");
    cut.expectHtml();
    QVERIFY(!cut.commit(&error));
    QVERIFY(!QFile::exists(html));
    QCOMPARE(leftovers(), QStringList());
  }

  void aFullDeviceFailsWithTheSystemsReason()
  {
    QString error;
    QVERIFY(!writeOutputFile(QStringLiteral("/dev/full"), "bytes", &error));
    QVERIFY2(error.startsWith(QStringLiteral("/dev/full: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
  }

  void theNullDeviceStaysADevice()
  {
    QString error;
    QVERIFY2(writeOutputFile(QStringLiteral("/dev/null"), "bytes", &error), qPrintable(error));
    struct stat status;
    QCOMPARE(::stat("/dev/null", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
  }

  void aMissingFolderIsNamed()
  {
    const QString path = mDir.filePath(QStringLiteral("missing/d.json"));
    QString error;
    QVERIFY(!writeOutputFile(path, "x", &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "test_outputfile.moc"
