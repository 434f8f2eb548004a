#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace riskatlas
{

//! The kinds of region a city is divided into, coarsest first (the order of tables and maps).
enum class RegionKind
{
  District, //!< 区县
  Street,   //!< 街道 / 乡镇
  Grid,     //!< 网格
};

//! District, street, grid.
const QList<RegionKind> &regionKinds();
//! Stable machine key: district|street|grid (GeoPackage, JSON, command line).
QString regionKindKey(RegionKind kind);
//! Parses a key written by regionKindKey(); false for anything else.
bool regionKindFromKey(const QString &key, RegionKind &kind);
//! "district", "street", "grid".
QStringList regionKindKeys();
//! The position of a kind key in regionKinds(); unknown keys sort last.
int regionKindRank(const QString &key);

} // namespace riskatlas
