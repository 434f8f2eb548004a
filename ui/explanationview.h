#pragma once

#include "explanation.h"
#include "levelpalette.h"

#include <QPoint>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace riskatlas
{

/**
 * "Why this level?" shown legibly, for a meeting room as well as a desk: for a unit the inputs
 * with their meaning, the risk matrix with the hit cell in its level's colour (the others pale),
 * or the score with its band table and the band it falls in, the control-level correction, an
 * override and its reason, and the final level; for a region the units, index terms or density
 * that decided it and the influence zones that raised it. Colours come from the project's
 * palette.
 */
class ExplanationView : public QWidget
{
  Q_OBJECT

public:
  explicit ExplanationView(QWidget *parent = nullptr);

  void setExplanation(const Explanation &explanation, const LevelPalette &palette);
  const Explanation &explanation() const { return mExplanation; }

  //! The matrix grid (row 0 = the highest likelihood); hidden when there is no matrix.
  QTableWidget *matrixTable() const { return mMatrix; }
  //! The table cell of the hit matrix cell; (-1, -1) when none.
  QPoint matrixHit() const { return mMatrixHit; }
  //! The band table (score, index or density), hit row highlighted; hidden when none.
  QTableWidget *bandTable() const { return mBands; }
  //! The row of the hit band; -1 when none.
  int bandHit() const { return mBandHit; }

private:
  void showUnit(const UnitExplanation &unit);
  void showRegion(const RegionExplanation &region);
  void fillMatrix(const ExplainedMatrix &matrix);
  void fillBands(const BandExplanation &bands);
  //! A table of \a rows under \a headers, sized to its contents, added to the page.
  QTableWidget *addTable(const QString &objectName, const QStringList &headers,
                         const QList<QStringList> &rows);
  QLabel *addText(const QString &text, const QString &objectName = QString());
  QString levelChip(RiskLevel level) const;
  void clear();

  Explanation mExplanation;
  LevelPalette mPalette;
  QWidget *mPage;
  QVBoxLayout *mLayout;
  QTableWidget *mMatrix;
  QTableWidget *mBands;
  QPoint mMatrixHit{-1, -1};
  int mBandHit = -1;
};

} // namespace riskatlas
