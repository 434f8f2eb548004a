#pragma once

#include "bandtable.h"

#include <QJsonObject>

namespace riskatlas
{

/**
 * A band table as an explanation shows it: every band's range with the boundary rule, and the
 * band a value falls in. Built from BandTable, which decides the band.
 */
struct BandExplanation
{
  struct Row
  {
    RiskLevel level = RiskLevel::None;
    QString range; //!< e.g. "70 ≤ D < 160"
    bool hit = false;
  };

  QString symbol; //!< what is banded: R, D, I …
  double value = 0;
  BandTable::BoundaryRule rule = BandTable::BoundaryRule::LowerInclusive;
  QList<Row> rows; //!< most severe first

  //! \a value in \a bands, the ranges written with \a symbol.
  static BandExplanation of(const BandTable &bands, const QString &symbol, double value);

  //! The row \a value falls in; -1 when none (an invalid table).
  int hitIndex() const;
  RiskLevel level() const;
  //! "lower-inclusive" or "upper-inclusive".
  QString ruleKey() const;

  //! {"symbol", "value", "rule", "rows": [{"level", "range", "hit"}]}
  QJsonObject toJson() const;
};

} // namespace riskatlas
