#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * Which columns of a region file hold the name, the code and the parent's code: the one named
 * explicitly, or else the first header that matches a known alias (名称, 区县名称, XZQMC…;
 * 区划代码, code, XZQDM…; 上级区划代码, parent…), case-insensitive. -1 when there is none.
 */
namespace RegionFields
{
int nameColumn(const QStringList &headers, const QString &explicitName);
int idColumn(const QStringList &headers, const QString &explicitName);
int parentColumn(const QStringList &headers, const QString &explicitName);
} // namespace RegionFields

} // namespace riskatlas
