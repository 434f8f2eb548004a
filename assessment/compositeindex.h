#pragma once

#include "ahpweights.h"
#include "bandtable.h"

#include <QHash>
#include <QJsonObject>

namespace riskatlas
{

/**
 * A weighted composite risk index over groups of units (categories or sectors), banded into
 * the four levels. Each group's value is the mean final level of its scored units (low 1,
 * general 2, significant 3, major 4); the index is the weighted mean of the group values over
 * the groups present, so it lies in [1, 4]. Weights are given directly or derived by AHP.
 * Default bands: I ≥ 3.5 major, 2.5 ≤ I < 3.5 significant, 1.5 ≤ I < 2.5 general, else low.
 */
class CompositeIndex
{
public:
  enum class GroupBy
  {
    Category,
    Sector,
  };

  //! One unit as the index sees it: its group, final level and weight (its share in the region).
  struct Member
  {
    QString group;
    RiskLevel level = RiskLevel::None;
    double share = 1.0;
  };

  struct Result
  {
    bool valid = false; //!< false when no weighted group has a scored unit
    double index = 0;
    RiskLevel level = RiskLevel::None;
  };

  //! Equal weights of the four default categories with the default bands.
  static CompositeIndex defaultIndex();
  static bool fromJson(const QJsonObject &json, CompositeIndex &index, QString *error);
  //! Reads strictly; every problem is recorded in \a json.
  static bool readJson(const JsonReader &json, CompositeIndex &index);
  QJsonObject toJson() const;

  GroupBy groupBy() const { return mGroupBy; }
  double weight(const QString &group) const { return mWeights.value(group, 0.0); }
  //! The groups that carry a weight, sorted.
  QStringList groups() const;
  const BandTable &bands() const { return mBands; }
  //! Set when the weights came from AHP comparisons.
  const AhpWeights *ahp() const { return mHasAhp ? &mAhp : nullptr; }

  //! One group's part in the index: its weight and the share-weighted mean level of its units.
  struct Term
  {
    QString group;
    double weight = 0;
    double value = 0;    //!< mean final level (low 1 … major 4)
    double shares = 0;   //!< the group's units, each counting by its share
    double levelSum = 0; //!< their levels, each times its share (value = levelSum / shares)
  };

  //! The groups of \a members with a scored unit, sorted by group, as compute() sums them.
  QList<Term> terms(const QList<Member> &members) const;

  //! The index of \a members, each counting by its share in its group's mean; unscored units
  //! (None) are ignored.
  Result compute(const QList<Member> &members) const;

private:
  GroupBy mGroupBy = GroupBy::Category;
  QHash<QString, double> mWeights;
  BandTable mBands;
  AhpWeights mAhp;
  bool mHasAhp = false;
  QJsonObject mSource; //!< the weights as given (direct or AHP), written back by toJson()
};

} // namespace riskatlas
