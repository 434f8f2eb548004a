#include "hazardcontrolrule.h"

#include "hiddendanger.h"
#include "jsonreader.h"

namespace riskatlas
{

bool HazardControlRule::worsens(const HiddenDanger &hazard, const QDate &asOf) const
{
  return mEnabled && hazard.isOpen() &&
         (hazard.grade == HazardGrade::Major || hazard.isOverdue(asOf));
}

QJsonObject HazardControlRule::toJson() const
{
  return {{QStringLiteral("enabled"), mEnabled}};
}

void HazardControlRule::readJson(const JsonReader &json, HazardControlRule &rule)
{
  if (!json.isObject(JsonReader::Required))
    return;
  json.allowOnly({QStringLiteral("enabled")});
  json.member(QStringLiteral("enabled")).boolean(rule.mEnabled);
}

} // namespace riskatlas
