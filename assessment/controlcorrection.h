#pragma once

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
 * Inherent → realistic correction (固有风险 → 现实风险) by control level: by default good control
 * lowers the level by one, fair keeps it, poor raises it by one, clamped to low..major.
 */
class ControlCorrection
{
public:
  ControlCorrection() = default;
  ControlCorrection(int goodShift, int fairShift, int poorShift);

  //! Parses 好/中/差, good/fair/poor (any case); empty text is Unknown. False for anything else.
  static bool parseControlLevel(const QString &text, ControlLevel &level);
  static QString controlKey(ControlLevel level);

  RiskLevel apply(RiskLevel inherent, ControlLevel control) const;

  QJsonObject toJson() const;
  static bool fromJson(const QJsonObject &json, ControlCorrection &correction, QString *error);

  int shift(ControlLevel level) const;

private:
  int mGoodShift = -1;
  int mFairShift = 0;
  int mPoorShift = 1;
};

} // namespace riskatlas
