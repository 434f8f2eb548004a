#pragma once

#include "assessmentsummary.h"
#include "levelpalette.h"
#include "taxonomy.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QHash>

class QLabel;
class QTableWidget;

namespace riskatlas
{

/**
 * The figures of the last assessment: units by level and category (categories and a total;
 * major, significant, general, low, not scored and a total), the units outside every region
 * and those not scored. Read from the project on a read-only session.
 */
class SummaryDock : public QDockWidget
{
  Q_OBJECT

public:
  //! Columns of the table after the four levels.
  enum Column
  {
    UnscoredColumn = 4,
    TotalColumn = 5,
    ColumnCount = 6
  };

  explicit SummaryDock(QWidget *parent = nullptr);
  //! Waits for a refresh under way.
  ~SummaryDock() override;

  //! Shows the figures of \a gpkgPath (empty: none), naming categories from \a taxonomy in
  //! \a language ("zh" or "en").
  void setProject(const QString &gpkgPath, const Taxonomy &taxonomy, const QString &language);
  /**
   * Reads the figures again (after a commit) in a worker thread: a million units take seconds
   * to count. refreshed() tells when they are shown; a refresh asked for meanwhile follows.
   */
  void refresh();
  //! True while figures are being read.
  bool isRefreshing() const;
  //! The figures shown.
  const AssessmentSummary &summary() const { return mSummary; }
  QTableWidget *table() const { return mTable; }

signals:
  //! The figures of the last refresh are shown.
  void refreshed();

private:
  //! What a worker read.
  struct Figures
  {
    AssessmentSummary summary;
    QHash<QString, qint64> unscoredByCategory;
    QString error;
    LevelPalette palette; //!< the project's level colours (of its method set)
  };
  static Figures read(const QString &path);
  void show(const Figures &figures);

  QString mPath;
  Taxonomy mTaxonomy;
  QString mLanguage = QStringLiteral("zh");
  AssessmentSummary mSummary;
  QTableWidget *mTable = nullptr;
  QLabel *mFigures = nullptr;
  QFutureWatcher<Figures> *mWatcher = nullptr;
  bool mPending = false;
};

} // namespace riskatlas
