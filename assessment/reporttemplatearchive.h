#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * A report template kept inside a project file: the files of a template folder (ReportTemplates:
 * `zh|en/<block>.md`, `logo.png`, `report.json`) as one JSON text for the project's metadata,
 * so that the project carries its consultancy's wording, logo and facts wherever it goes.
 */
class ReportTemplateArchive
{
public:
  //! Every file name a template may hold, relative to its folder.
  static QStringList knownFiles();

  /**
   * Reads the known files of \a folder (others are ignored): text as UTF-8, report.json a JSON
   * object, logo.png a PNG. \a error names the file at fault, or says that the folder holds none.
   */
  static bool readFolder(const QString &folder, ReportTemplateArchive &archive, QString *error);
  //! From toJson()'s text; false with \a error on anything else.
  static bool fromJson(const QString &text, ReportTemplateArchive &archive, QString *error);

  //! {"files": {"zh/purpose.md": "<base64>", …}} in file-name order.
  QString toJson() const;
  //! Writes the files into \a folder (created when missing).
  bool writeFolder(const QString &folder, QString *error) const;

  QStringList files() const { return mFiles.keys(); }
  bool isEmpty() const { return mFiles.isEmpty(); }

private:
  //! \a content fits \a name (a PNG logo, a JSON object of facts); errors name \a shownAs.
  static bool checkFile(const QString &name, const QString &shownAs, const QByteArray &content,
                        QString *error);

  QMap<QString, QByteArray> mFiles;
};

} // namespace riskatlas
