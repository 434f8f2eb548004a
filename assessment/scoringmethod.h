#pragma once

#include "bandtable.h"
#include "risklevel.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace riskatlas
{

//! Why a unit could not be scored: the input field, the value found and what is allowed.
struct InputProblem
{
  QString field;
  QString value;
  QString allowed;
};

//! The outcome of scoring one unit's inputs with one method.
struct MethodOutcome
{
  bool scored = false;
  double score = 0.0;
  RiskLevel level = RiskLevel::None;
  QString grade;        //!< optional finer grade of the method (e.g. LEC 稍有危险), or empty
  InputProblem problem; //!< set when scored is false
};

/**
 * A scoring method: turns a unit's inputs (canonical field names, see inputfields.h) into a raw
 * score and an inherent risk level. All parameters are data (toJson / the method's fromJson).
 */
class ScoringMethod
{
public:
  virtual ~ScoringMethod() = default;

  //! Stable identifier written into results and exports, e.g. "matrix".
  virtual QString id() const = 0;
  //! Canonical input fields the method reads.
  virtual QStringList inputFields() const = 0;
  virtual MethodOutcome evaluate(const QVariantMap &inputs) const = 0;
  virtual QJsonObject toJson() const = 0;
  //! The bands that turn a score into a level, or nullptr when levels are not score bands.
  virtual const BandTable *scoreBands() const = 0;
};

//! Version of a method's parameters: the first 12 hex digits of the SHA-256 of its JSON.
QString methodVersion(const ScoringMethod &method);

//! Reads an integer input in [minimum, maximum]; false with a problem when missing or invalid.
bool readIntegerInput(const QVariantMap &inputs, const QString &field, int minimum, int maximum,
                      int &value, InputProblem &problem);

} // namespace riskatlas
