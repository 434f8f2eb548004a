#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <optional>

namespace riskatlas
{

//! The unit fields an edit may change besides the scoring inputs (InputFields::scoringInputs()).
namespace UnitEditFields
{
//! A level key (major|significant|general|low) that replaces the assessed level; empty clears.
inline QString levelOverride()
{
  return QStringLiteral("level_override");
}
//! The unit's position as point WKT in the project CRS ("POINT (x y)"): a move.
inline QString position()
{
  return QStringLiteral("geom");
}
} // namespace UnitEditFields

//! One analyst's change of one unit: new values by field, and why.
struct UnitEdit
{
  qint64 fid = 0;
  //! Field → new value (empty text clears it): scoring inputs, UnitEditFields::levelOverride()
  //! and UnitEditFields::position().
  QMap<QString, QString> values;
  //! Why; required when an override is set (it is stored with the override).
  QString reason;
  //! When set, the edit applies only while the unit still holds these values (field → value),
  //! e.g. a redo that must find what its undo left.
  std::optional<QMap<QString, QString>> expected;
};

//! What an edit did: the audit entry it wrote (0 when the unit already held the values).
struct UnitEditResult
{
  qint64 auditSequence = 0;
  QString unitId;
  //! The unit's fid (set by additions, deletions and their reversals).
  qint64 fid = 0;
  //! Additions, deletions and their reversals: whether the regions' levels and counts were
  //! updated at once (false when an edit since the last assessment left them to the next one).
  bool regionsUpdated = false;
  QMap<QString, QString> oldValues;
  QMap<QString, QString> newValues;
};

//! One unit as an editor shows it.
struct UnitDetails
{
  qint64 fid = 0;
  QString unitId;
  QString name;
  QString category;
  QString sector;
  QString sectorName;
  QString method;
  QString grade;
  std::optional<double> score;
  QString inherentLevel;         //!< level key, empty before the first assessment
  QString level;                 //!< final level key (the override when one is set and assessed)
  QString note;                  //!< why the unit is not scored
  QMap<QString, QString> inputs; //!< every scoring input, empty when not given
  QString levelOverride;         //!< level key, empty for none
  QString overrideReason;
  QList<QPair<QString, QString>> attributes; //!< the free columns kept from import, in order
};

} // namespace riskatlas

Q_DECLARE_METATYPE(riskatlas::UnitEdit)
