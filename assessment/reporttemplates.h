#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * The report's editable wording: narrative blocks (purpose, basis, methods, organisation,
 * measures per level, conclusion, disclaimer…) as text files with {{placeholders}}, the
 * consultancy's logo and the project facts the analyst fills in (report.json).
 *
 * Each file is looked up in the given folders in order (`--template DIR`, then the user folder),
 * then in the built-in set (resources/report): a folder need only hold what it changes.
 * Narrative files are `<language>/<name>.md` (e.g. zh/purpose.md); the logo is `logo.png`;
 * the facts are `report.json`, a flat JSON object of strings (city, client, organisation,
 * period, scope, accidents, data_sources), each usable as a placeholder.
 */
class ReportTemplates
{
public:
  explicit ReportTemplates(const QStringList &folders = QStringList());

  //! $RISKATLAS_REPORT_TEMPLATE_DIR, else the data location + "/RiskAtlas/report".
  static QString userFolder();
  //! The narrative block names every template set provides.
  static QStringList blockNames();

  //! The block's raw text in \a language (zh|en), empty when no folder has it.
  QString block(const QString &language, const QString &name) const;
  //! The block with every {{key}} of \a values replaced; unknown placeholders stay visible.
  QString fill(const QString &language, const QString &name,
               const QMap<QString, QString> &values) const;
  //! The first logo.png of the folders (the built-in set has none), or empty.
  QString logoPath() const;
  /**
   * The facts of the first report.json found in the folders (key → text); \a error is set when
   * that file is not a JSON object.
   */
  QMap<QString, QString> facts(QString *error = nullptr) const;

private:
  QString find(const QString &relativePath, bool builtIn) const;

  QStringList mFolders;
};

//! \a text with every {{key}} of \a values replaced.
QString fillPlaceholders(QString text, const QMap<QString, QString> &values);

} // namespace riskatlas
