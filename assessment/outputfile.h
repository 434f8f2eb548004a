#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QFile;
class QIODevice;

namespace riskatlas
{

/**
 * An output written in full or not at all. Everything is written to a temporary file first:
 * next to the target as ".<name>.tmp-XXXXXX.<suffix>" (the suffix kept for writers that pick the
 * format from it), then checked and renamed over the target, so a failed or killed write leaves
 * the previous file as it was. A target that is not a regular file (/dev/null, /dev/full, a FIFO)
 * is never replaced: the temporary file is made in the system's temporary folder and its bytes
 * are copied into the target with every write checked. Symbolic links are followed.
 */
class OutputFile
{
public:
  explicit OutputFile(const QString &target);
  ~OutputFile(); //!< removes the temporary file unless committed

  //! Creates the temporary file, opened for writing through device(); false with an error.
  bool open(QString *error);
  //! The temporary file, open for writing (after open()).
  QIODevice &device();
  //! The temporary file's path, for writers that take a path (close device() first or leave it).
  QString writePath() const;
  //! Commit refuses an output whose last bytes do not contain \a tail (a truncated PDF, PNG, …).
  void setExpectedTail(const QByteArray &tail) { mExpectedTail = tail; }
  /**
   * Commit refuses an output that is not a whole zip archive (XLSX, DOCX, ODT): it must start
   * with a local file header (PK\x03\x04) and end with the end-of-central-directory record.
   */
  void expectZip() { mExpectZip = true; }
  //! Expects an HTML document: its closing </html> tag in the last bytes.
  void expectHtml();
  //! Checks and moves the temporary file into place; false with an error naming the target.
  bool commit(QString *error);

private:
  bool fail(QString *error, const QString &reason);
  bool copyIntoTarget(QString *error);

  QString mTarget;   //!< as given, for messages
  QString mResolved; //!< the target with symbolic links followed
  bool mRegular = true;
  QByteArray mExpectedTail;
  bool mExpectZip = false;
  std::unique_ptr<QFile> mTemp;
  QString mTempPath;
  bool mCommitted = false;
};

//! Writes \a bytes to \a path through OutputFile; false with an error naming the file.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace riskatlas
