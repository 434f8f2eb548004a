#include "assess/hazardeffect.h"

#include "hazardcontrolrule.h"
#include "store/hazardtable.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCryptographicHash>
#include <algorithm>
#include <ogrsf_frmts.h>

namespace riskatlas
{

HazardEffect HazardEffect::read(ProjectStore &store, const HazardControlRule &rule,
                                const QDate &asOf)
{
  HazardEffect effect;
  OGRLayer *hazards = HazardTable::layer(store);
  if (!rule.isEnabled() || !hazards || !store.unitsLayer())
    return effect;
  QHash<QString, QStringList> byUnitId;
  hazards->ResetReading();
  for (auto &feature : *hazards)
  {
    const HiddenDanger hazard = HazardTable::read(*feature);
    if (rule.worsens(hazard, asOf))
      byUnitId[hazard.unitId] << hazard.id;
  }
  if (byUnitId.isEmpty())
    return effect;
  OGRLayer *result = store.dataset().ExecuteSQL("SELECT fid, unit_id FROM units", nullptr, nullptr);
  if (!result)
  {
    store.noteReadError(lastGdalError());
    return effect;
  }
  for (auto &feature : *result)
  {
    const auto found = byUnitId.constFind(stringField(*feature, "unit_id"));
    if (found == byUnitId.cend())
      continue;
    QStringList ids = found.value();
    ids.sort();
    effect.mByUnit.insert(feature->GetFID(), ids);
  }
  store.dataset().ReleaseResultSet(result);
  return effect;
}

QString HazardEffect::signature() const
{
  if (mByUnit.isEmpty())
    return QString();
  QList<qint64> fids = mByUnit.keys();
  std::sort(fids.begin(), fids.end());
  QCryptographicHash hash(QCryptographicHash::Sha256);
  for (qint64 fid : fids)
    hash.addData(
        QStringLiteral("%1:%2\n").arg(fid).arg(mByUnit.value(fid).join(QLatin1Char(','))).toUtf8());
  return QString::fromLatin1(hash.result().toHex());
}

} // namespace riskatlas
