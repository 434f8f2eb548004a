#pragma once

#include "compositeindex.h"
#include "controlcorrection.h"
#include "hazardcontrolrule.h"
#include "levelpalette.h"
#include "regionaggregation.h"
#include "scoringmethod.h"
#include "taxonomy.h"

#include <QHash>
#include <memory>
#include <optional>

namespace riskatlas
{

//! One unit's assessment: raw score, inherent and realistic (final) level, or why it is unscored.
struct UnitAssessment
{
  bool scored = false;
  QString methodId;
  QString methodVersion; //!< see methodVersion()
  double score = 0.0;
  QString grade;
  RiskLevel inherentLevel = RiskLevel::None;
  RiskLevel finalLevel = RiskLevel::None;
  QString controlKey;
  InputProblem problem;
};

/**
 * The scoring configuration of a project: a default method, optional methods per category or
 * sector (sector wins), and the control-level correction. Stored in the project as JSON; its
 * hash identifies exactly which configuration produced a result.
 */
class MethodSet
{
public:
  //! The default 5×5 matrix for every sector with the default control correction.
  static MethodSet defaultSet();
  //! One method with its default parameters for every sector: "matrix", "lec" or "mes".
  static bool forMethod(const QString &methodId, MethodSet &set, QString *error);
  //! Names of the templates shipped in resources/methods (without ".json").
  static QStringList templateNames();
  static bool fromTemplate(const QString &name, MethodSet &set, QString *error);
  //! Method ids accepted by forMethod().
  static QStringList methodIds();
  //! Parses toJson() output; returns false and sets \a error when incomplete or invalid.
  static bool fromJson(const QJsonObject &json, MethodSet &set, QString *error);
  //! As fromJson(), strictly against the schema, listing every problem found ("path: reason").
  static bool readJson(const QJsonObject &json, MethodSet &set, QStringList &problems);

  QJsonObject toJson() const;

  /**
   * Problems that make the set unusable with \a taxonomy: methods assigned to unknown sectors
   * or categories, or a coefficient correction for a method without score bands. Empty when
   * the set is complete and consistent.
   */
  QStringList validate(const Taxonomy &taxonomy) const;
  //! SHA-256 (hex) of the canonical compact JSON.
  QString hash() const;

  const ScoringMethod &methodFor(const QString &categoryCode, const QString &sectorCode) const;
  const ScoringMethod &defaultMethod() const { return *mDefault; }
  using MethodTable = QHash<QString, std::shared_ptr<const ScoringMethod>>;
  //! Methods assigned to categories (by category code) and sectors (by sector code).
  const MethodTable &categoryMethods() const { return mByCategory; }
  const MethodTable &sectorMethods() const { return mBySector; }
  const ControlCorrection &controlCorrection() const { return mCorrection; }
  const CompositeIndex &compositeIndex() const { return mComposite; }
  /**
   * Hazard influence zones: when enabled, a scored unit of a listed sector reaches every
   * region within its buffer distance (metres), which takes at least the unit's final level.
   */
  bool influenceZonesEnabled() const { return mInfluenceEnabled; }
  //! The buffer distance of a sector's units in metres, 0 for none.
  double influenceDistance(const QString &sectorCode) const
  {
    return mInfluenceDistances.value(sectorCode, 0.0);
  }
  //! {"enabled": bool, "sectors": {code: metres}}, as in the method set file.
  QJsonObject influenceZonesJson() const;
  //! Bands of the density rule: major and significant units per km².
  const BandTable &densityBands() const { return mDensityBands; }
  //! The region aggregator of \a rule with this set's composite index and density bands.
  RegionAggregator aggregator(AggregationRule rule) const;
  //! How open hidden dangers worsen a unit's control level (on unless the set turns it off).
  const HazardControlRule &hazardControl() const { return mHazardControl; }
  void setHazardControl(const HazardControlRule &rule) { mHazardControl = rule; }
  QString title() const { return mTitle; }
  /**
   * The colours of the levels: the set's "palette", or the default palette when it has none. A
   * set without a palette serialises and hashes as before palettes existed.
   */
  LevelPalette palette() const { return mPalette.value_or(LevelPalette()); }
  bool hasPalette() const { return mPalette.has_value(); }
  //! Sets (or, with no value, removes) the set's own palette.
  void setPalette(const std::optional<LevelPalette> &palette) { mPalette = palette; }

  UnitAssessment assess(const QString &categoryCode, const QString &sectorCode,
                        const QVariantMap &inputs) const;

private:
  std::shared_ptr<const ScoringMethod> mDefault;
  QHash<QString, std::shared_ptr<const ScoringMethod>> mByCategory;
  QHash<QString, std::shared_ptr<const ScoringMethod>> mBySector;
  ControlCorrection mCorrection;
  CompositeIndex mComposite = CompositeIndex::defaultIndex();
  BandTable mDensityBands = RegionAggregator::defaultDensityBands();
  bool mInfluenceEnabled = false;
  QHash<QString, double> mInfluenceDistances;
  QString mTitle;
  std::optional<LevelPalette> mPalette;
  HazardControlRule mHazardControl;
};

} // namespace riskatlas
