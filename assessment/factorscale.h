#pragma once

#include "jsonreader.h"
#include "scoringmethod.h"

#include <QJsonObject>
#include <QList>

namespace riskatlas
{

//! One tabulated value of a factor with what it means, e.g. LEC "L = 6: 相当可能".
struct ScaleValue
{
  double value = 0;
  QString descriptorZh;
  QString descriptorEn;
};

/**
 * A factor of a product method (L, E, C of LEC; M, E, S of MES): the input field it reads and
 * the values it may take. A unit's input must be one of the tabulated values.
 */
class FactorScale
{
public:
  FactorScale() = default;
  FactorScale(QString field, QList<ScaleValue> values);

  QString field() const { return mField; }
  const QList<ScaleValue> &values() const { return mValues; }

  //! Reads the factor from a unit's inputs; false with the problem (field, value, allowed).
  bool read(const QVariantMap &inputs, double &value, InputProblem &problem) const;

  QJsonObject toJson() const;
  //! Refuses an empty table, duplicate or non-positive values.
  static bool fromJson(const QJsonObject &json, FactorScale &scale, QString *error);
  //! Reads strictly; every problem is recorded in \a json.
  static bool readJson(const JsonReader &json, FactorScale &scale);

private:
  QString mField;
  QList<ScaleValue> mValues;
};

} // namespace riskatlas
