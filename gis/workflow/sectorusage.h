#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace riskatlas
{

//! How many units of a project use each sector, for an editor that must not drop a used one.
class SectorUsage
{
  Q_DECLARE_TR_FUNCTIONS(SectorUsage)

public:
  /**
   * Reads the number of units per sector code of the project at \a path (empty before the
   * first unit import); false, with \a error, when the file cannot be read.
   */
  static bool read(const QString &path, QHash<QString, qint64> &unitsBySector, QString *error);
};

} // namespace riskatlas
