#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace riskatlas
{

//! A unit the analyst places on the map (ProjectSession::addUnit()).
struct UnitCreation
{
  //! The unit's ID (unit_id): required, unique in the project.
  QString unitId;
  QString name;
  //! A sector of the project's taxonomy, by code or name; it decides the category.
  QString sector;
  //! Point WKT in the project CRS ("POINT (x y)").
  QString position;
  //! Scoring inputs by field (InputFields::scoringInputs(), incl. "control"); absent or empty:
  //! not given.
  QMap<QString, QString> inputs;
  //! Why the unit is added (optional; kept in the audit entry).
  QString reason;
};

//! The audit actions of units added, deleted and their reversals (the audit log's "action").
namespace UnitPresenceActions
{
//! A unit added (new value: the unit's whole record as JSON).
inline QString added()
{
  return QStringLiteral("add-unit");
}
//! A unit deleted (old value: the unit's whole record as JSON, so that it can be restored).
inline QString deleted()
{
  return QStringLiteral("delete-unit");
}
//! The undo of an addition: the unit removed again (old value: its record).
inline QString addUndone()
{
  return QStringLiteral("undo-add-unit");
}
//! The undo of a deletion: the unit brought back as it was (new value: its record).
inline QString restored()
{
  return QStringLiteral("restore-unit");
}
} // namespace UnitPresenceActions

} // namespace riskatlas

Q_DECLARE_METATYPE(riskatlas::UnitCreation)
