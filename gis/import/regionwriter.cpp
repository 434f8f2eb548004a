#include "import/regionwriter.h"

#include "risklevel.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RegionImporter)
};
} // namespace

bool replaceRegions(ProjectStore &store, const QString &kind, const QList<RegionRecord> &records,
                    int &replaced, QString *error)
{
  replaced =
      querySingleValue(
          store.dataset(),
          QStringLiteral("SELECT COUNT(*) FROM regions WHERE kind = %1").arg(sqlLiteral(kind)))
          .toInt();
  if (!executeSql(store.dataset(),
                  QStringLiteral("DELETE FROM regions WHERE kind = %1").arg(sqlLiteral(kind)),
                  error))
    return false;
  OGRLayer *layer = store.regionsLayer();
  for (const RegionRecord &record : records)
  {
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    setStringField(*feature, "region_id", record.id);
    setStringField(*feature, "name", record.name);
    setStringField(*feature, "kind", kind);
    setStringField(*feature, "parent_id", record.parentId.isEmpty() ? QString() : record.parentId);
    setStringField(*feature, "level", levelKey(RiskLevel::None));
    setStringField(*feature, "level_zh", levelNameZh(RiskLevel::None));
    feature->SetField("unit_count", 0);
    setGeometry(*feature, record.geometry);
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
    {
      if (error)
        *error = Tr::tr("region %1: cannot be written: %2").arg(record.name, lastGdalError());
      return false;
    }
  }
  return true;
}

} // namespace riskatlas
