#pragma once

#include "regionexplanation.h"
#include "unitexplanation.h"

namespace riskatlas
{

//! The answer to "why this level?" for one unit or one region ("riskatlas-explanation/1").
struct Explanation
{
  bool isRegion = false;
  UnitExplanation unit;     //!< when !isRegion
  RegionExplanation region; //!< when isRegion

  QString language() const { return isRegion ? region.language : unit.language; }
  RiskLevel finalLevel() const { return isRegion ? region.finalLevel : unit.finalLevel; }

  //! The JSON of resources/schemas/explanation.schema.json.
  QJsonObject toJson() const;
  //! Plain text, one fact per line, in the explanation's language (the command line's form).
  QString toText() const;
};

} // namespace riskatlas
