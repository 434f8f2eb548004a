#include "store/hazardregister.h"

#include "naturalorder.h"
#include "regionkind.h"
#include "store/hazardtable.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QHash>
#include <algorithm>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct UnitFacts
{
  QString name;
  QString sector;
  QString sectorName;
};

struct District
{
  QString code;
  QString name;
  std::unique_ptr<OGRGeometry> shape;
  OGREnvelope envelope;
};

QHash<QString, UnitFacts> readUnits(ProjectStore &store)
{
  QHash<QString, UnitFacts> units;
  OGRLayer *result = store.dataset().ExecuteSQL(
      "SELECT unit_id, name, sector, sector_name FROM units", nullptr, nullptr);
  if (!result)
  {
    store.noteReadError(lastGdalError());
    return units;
  }
  for (auto &feature : *result)
    units.insert(stringField(*feature, "unit_id"),
                 {stringField(*feature, "name"), stringField(*feature, "sector"),
                  stringField(*feature, "sector_name")});
  store.dataset().ReleaseResultSet(result);
  return units;
}

std::vector<District> readDistricts(ProjectStore &store)
{
  std::vector<District> districts;
  OGRLayer *regions = store.regionsLayer();
  if (!regions)
    return districts;
  regions->SetAttributeFilter(
      QStringLiteral("kind = %1").arg(sqlLiteral(regionKindKey(RegionKind::District))).toUtf8());
  regions->ResetReading();
  for (auto &feature : *regions)
  {
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if (!geometry)
      continue;
    District district;
    district.code = stringField(*feature, "region_id");
    district.name = stringField(*feature, "name");
    district.shape.reset(geometry->clone());
    district.shape->getEnvelope(&district.envelope);
    districts.push_back(std::move(district));
  }
  regions->SetAttributeFilter(nullptr);
  return districts;
}

const District *districtOf(const std::vector<District> &districts, const OGRGeometry *point)
{
  if (!point || point->IsEmpty())
    return nullptr;
  OGREnvelope envelope;
  point->getEnvelope(&envelope);
  for (const District &district : districts)
  {
    if (!district.envelope.Contains(envelope))
      continue;
    if (district.shape->Intersects(point))
      return &district;
  }
  return nullptr;
}
} // namespace

QList<HiddenDanger> HazardRegister::readAll(ProjectStore &store)
{
  QList<HiddenDanger> hazards;
  OGRLayer *layer = HazardTable::layer(store);
  if (!layer)
    return hazards;
  const QHash<QString, UnitFacts> units = readUnits(store);
  const std::vector<District> districts = readDistricts(store);
  CPLErrorReset();
  layer->ResetReading();
  for (auto &feature : *layer)
  {
    HiddenDanger hazard = HazardTable::read(*feature);
    const UnitFacts unit = units.value(hazard.unitId);
    hazard.unitName = unit.name;
    hazard.sectorCode = unit.sector;
    hazard.sectorName = unit.sectorName;
    if (const District *district = districtOf(districts, feature->GetGeometryRef()))
    {
      hazard.districtCode = district->code;
      hazard.districtName = district->name;
    }
    hazards.append(hazard);
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    store.noteReadError(lastGdalError());
  std::sort(hazards.begin(), hazards.end(),
            [](const HiddenDanger &a, const HiddenDanger &b) { return naturalLess(a.id, b.id); });
  return hazards;
}

} // namespace riskatlas
