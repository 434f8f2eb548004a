#pragma once

#include "bandexplanation.h"
#include "controlcorrection.h"
#include "language.h"
#include "methodset.h"

#include <QJsonObject>
#include <QVariantMap>
#include <QVector>
#include <optional>

namespace riskatlas
{

//! A unit as the project stores it: its classification, inputs, override and last results.
struct UnitFacts
{
  QString unitId;
  QString name;
  QString category; //!< code
  QString sector;   //!< code
  //! Scoring inputs and the control level by canonical field (InputFields), as stored.
  QVariantMap inputs;
  QString levelOverride; //!< level key, empty for none
  QString overrideReason;
  bool assessed = false;  //!< an assessment has written the unit's results
  QString storedLevel;    //!< final level key as stored
  QString storedInherent; //!< inherent level key as stored
};

//! One input with the meaning its value has in the method's tables.
struct ExplainedInput
{
  QString field;  //!< canonical field, e.g. "lec_l"
  QString symbol; //!< L, S, E, C, M …
  QString value;  //!< as stored
  QString descriptor;
};

//! A risk matrix with the cell a unit's likelihood and severity hit.
struct ExplainedMatrix
{
  int likelihoodSteps = 0;
  int severitySteps = 0;
  QStringList likelihoodLabels; //!< may be empty
  QStringList severityLabels;
  QVector<QVector<RiskLevel>> cells; //!< cells[l - 1][s - 1]
  bool cellTable = false;            //!< levels set cell by cell, not by score bands
  int likelihood = 0;                //!< the hit cell; 0 when the inputs do not hit one
  int severity = 0;

  bool hasHit() const { return likelihood > 0 && severity > 0; }
  RiskLevel levelAt(int l, int s) const { return cells.at(l - 1).at(s - 1); }
};

//! What the control level did to the inherent level (固有风险 → 现实风险).
struct ExplainedCorrection
{
  ControlCorrection::Mode mode = ControlCorrection::Mode::LevelShift;
  QString given; //!< the control input as stored
  ControlLevel control = ControlLevel::Unknown;
  int shift = 0;          //!< level-shift mode: levels added
  double coefficient = 1; //!< coefficient mode: the score's factor
  //! Coefficient mode with score bands: the corrected score in the method's bands.
  std::optional<BandExplanation> bands;
  RiskLevel level = RiskLevel::None; //!< the realistic level
  //! "lowered", "kept" or "raised" relative to the inherent level.
  QString effect;
};

/**
 * Why a unit has its level: the sector and its method, the inputs with their descriptors, the
 * matrix cell or the product and its band, the inherent level, the control-level correction,
 * an override and its reason, and the final level. Texts are in one language.
 */
struct UnitExplanation
{
  QString language; //!< "zh" or "en"
  QString unitId;
  QString name;
  QString categoryCode;
  QString categoryName;
  QString sectorCode;
  QString sectorName;
  QString methodId;
  QString methodVersion;
  QString methodName; //!< e.g. "Risk matrix 5×5"
  //! Which assignment of the method set chose the method: "sector", "category" or "default".
  QString assignedBy;
  QString formula; //!< e.g. "R = L × S"
  QList<ExplainedInput> inputs;
  bool scored = false;
  InputProblem problem; //!< why not scored
  double score = 0;
  QString grade; //!< the method's finer grade, in the language
  std::optional<ExplainedMatrix> matrix;
  std::optional<BandExplanation> bands; //!< the score's band; none for a cell-table matrix
  RiskLevel inherentLevel = RiskLevel::None;
  ExplainedCorrection correction;
  RiskLevel overrideLevel = RiskLevel::None;
  QString overrideReason;
  RiskLevel finalLevel = RiskLevel::None;
  bool assessed = false;
  RiskLevel storedLevel = RiskLevel::None;
  //! False when the stored level differs from the one explained (inputs or method set changed
  //! since the last assessment).
  bool matchesStored = true;

  QJsonObject toJson() const;
};

/**
 * Explains \a unit with \a set (the one that produced its stored results): MethodSet::assess()
 * gives the levels; the method's classes give the cell, the band and the correction.
 */
UnitExplanation explainUnit(const MethodSet &set, const Taxonomy &taxonomy, const UnitFacts &unit,
                            const Language &language);

} // namespace riskatlas
