#include "workflow/regionmembers.h"

#include "assess/regionlocator.h"
#include "assess/regionresultwriter.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <ogrsf_frmts.h>
#include <qgscoordinatetransformcontext.h>

namespace riskatlas
{

namespace
{
RegionMemberFacts memberOf(const OGRFeature &unit, double share)
{
  RegionMemberFacts member;
  member.unitId = stringField(unit, "unit_id");
  member.name = stringField(unit, "name");
  member.category = stringField(unit, "category");
  member.sector = stringField(unit, "sector");
  levelFromKey(stringField(unit, "level"), member.level);
  member.share = share;
  return member;
}

bool hasShape(const OGRFeature &unit)
{
  return !stringField(unit, "shape").isEmpty();
}
} // namespace

bool RegionMembers::read(ProjectStore &store, const OGRFeature &region, bool measureArea,
                         RegionFacts &facts, QString *error)
{
  OGRLayer *units = store.unitsLayer();
  OGRLayer *regions = store.regionsLayer();
  if (!units || !regions)
  {
    if (error)
      *error = tr("%1: the project has no units or regions").arg(store.path());
    return false;
  }
  const QString regionId = stringField(region, "region_id");
  const QgsGeometry outline = qgsGeometry(region);
  const QgsRectangle box = outline.boundingBox();
  // The regions around this one decide where a point on a shared border belongs.
  RegionLocator nearby(regions, box);
  const RegionShape *target = nullptr;
  for (const auto &shape : nearby.shapes())
  {
    if (shape->fid == region.GetFID())
      target = shape.get();
  }
  if (!target)
  {
    if (error)
      *error = tr("%1: region %2 has no outline").arg(store.path(), regionId);
    return false;
  }

  // Points inside the outline's box, placed as the assessment places them.
  units->SetSpatialFilterRect(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum());
  units->ResetReading();
  std::vector<quint32> hits;
  for (auto &unit : *units)
  {
    const OGRGeometry *geometry = unit->GetGeometryRef();
    if (hasShape(*unit) || !geometry || wkbFlatten(geometry->getGeometryType()) != wkbPoint)
      continue;
    const auto *point = geometry->toPoint();
    nearby.regionsAt(point->getX(), point->getY(), hits);
    if (std::find(hits.begin(), hits.end(), target->index) != hits.end())
      facts.members.append(memberOf(*unit, 1.0));
  }
  units->SetSpatialFilter(nullptr);

  // Line and area units by the shares the assessment stored; units without a position by their
  // region hint.
  units->SetAttributeFilter("(shape IS NOT NULL AND shape <> '') OR (region_hint IS NOT NULL AND "
                            "region_hint <> '')");
  units->ResetReading();
  std::unique_ptr<RegionLocator> all;
  for (auto &unit : *units)
  {
    if (hasShape(*unit))
    {
      const QJsonObject shares =
          QJsonDocument::fromJson(stringField(*unit, "region_shares").toUtf8()).object();
      if (shares.contains(regionId))
        facts.members.append(memberOf(*unit, shares.value(regionId).toDouble()));
      continue;
    }
    if (unit->GetGeometryRef())
      continue;
    if (!all)
      all = std::make_unique<RegionLocator>(regions);
    for (const RegionShape *named : all->regionsNamed(stringField(*unit, "region_hint")))
    {
      if (named->fid == region.GetFID())
        facts.members.append(memberOf(*unit, 1.0));
    }
  }
  units->SetAttributeFilter(nullptr);

  // The hazard sources the assessment named as reaching the region.
  const QString raisedBy = stringField(region, "raised_by");
  for (const QString &id : raisedBy.split(QLatin1Char(','), Qt::SkipEmptyParts))
  {
    units->SetAttributeFilter(
        QStringLiteral("unit_id = %1").arg(sqlLiteral(id)).toUtf8().constData());
    units->ResetReading();
    OGRFeatureUniquePtr source(units->GetNextFeature());
    RegionMemberFacts member = source ? memberOf(*source, 1.0) : RegionMemberFacts();
    member.unitId = id;
    facts.influence.append(member);
  }
  units->SetAttributeFilter(nullptr);

  if (measureArea)
  {
    const std::vector<double> areas =
        measureRegionAreas(store.crsAuthId(), nearby, QgsCoordinateTransformContext());
    facts.areaKm2 = areas.at(target->index);
  }
  if (store.hasReadError())
  {
    if (error)
      *error = store.takeReadError();
    return false;
  }
  return true;
}

} // namespace riskatlas
