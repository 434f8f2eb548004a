#pragma once

#include <QList>
#include <QString>
#include <qgsgeometry.h>

namespace riskatlas
{

class ProjectStore;

//! A region ready to store: its geometry in the project CRS.
struct RegionRecord
{
  QString id;
  QString name;
  QString parentId;
  QgsGeometry geometry;
};

/**
 * Replaces the project's regions of \a kind with \a records, inside the caller's transaction;
 * \a replaced receives how many regions were removed.
 */
bool replaceRegions(ProjectStore &store, const QString &kind, const QList<RegionRecord> &records,
                    int &replaced, QString *error);

} // namespace riskatlas
