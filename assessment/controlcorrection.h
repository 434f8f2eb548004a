#pragma once

#include "bandtable.h"
#include "risklevel.h"

#include <QJsonObject>

namespace riskatlas
{

//! A unit's control level (管控水平) as read from its inputs.
enum class ControlLevel
{
  Unknown, //!< not given: no correction
  Good,
  Fair,
  Poor,
};

/**
 * Inherent → realistic correction (固有风险 → 现实风险) by control level, either as a level
 * lookup (by default good control lowers the level by one, fair keeps it, poor raises it by
 * one, clamped to low..major) or as a coefficient multiplying the raw score, which the method's
 * bands then classify again.
 */
class ControlCorrection
{
public:
  enum class Mode
  {
    LevelShift,
    Coefficient,
  };

  ControlCorrection() = default;
  ControlCorrection(int goodShift, int fairShift, int poorShift);
  static ControlCorrection coefficients(double good, double fair, double poor);

  Mode mode() const { return mMode; }

  //! Parses 好/中/差, good/fair/poor (any case); empty text is Unknown. False for anything else.
  static bool parseControlLevel(const QString &text, ControlLevel &level);
  static QString controlKey(ControlLevel level);

  /**
   * The realistic level. \a bands classify the corrected score in Coefficient mode; without
   * bands (a cell-table matrix) that mode cannot apply and the inherent level is kept.
   */
  RiskLevel apply(RiskLevel inherent, double score, const BandTable *bands,
                  ControlLevel control) const;

  QJsonObject toJson() const;
  static bool fromJson(const QJsonObject &json, ControlCorrection &correction, QString *error);
  //! Reads strictly; every problem is recorded in \a json.
  static bool readJson(const JsonReader &json, ControlCorrection &correction);

  int shift(ControlLevel level) const;
  double coefficient(ControlLevel level) const;

private:
  Mode mMode = Mode::LevelShift;
  double mGoodCoefficient = 1;
  double mFairCoefficient = 1;
  double mPoorCoefficient = 1;
  int mGoodShift = -1;
  int mFairShift = 0;
  int mPoorShift = 1;
};

} // namespace riskatlas
