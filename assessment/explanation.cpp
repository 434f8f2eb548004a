#include "explanation.h"

#include "explanationtext.h"

namespace riskatlas
{

QJsonObject Explanation::toJson() const
{
  QJsonObject json = isRegion ? region.toJson() : unit.toJson();
  json.insert(QStringLiteral("schema"), QStringLiteral("riskatlas-explanation/1"));
  return json;
}

QString Explanation::toText() const
{
  const Language &words = Language::get(language());
  return isRegion ? regionExplanationText(region, words) : unitExplanationText(unit, words);
}

} // namespace riskatlas
