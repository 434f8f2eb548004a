#include "hazardstatus.h"

namespace riskatlas
{

const QList<HazardStatus> &hazardStatuses()
{
  static const QList<HazardStatus> statuses{HazardStatus::Found, HazardStatus::Assigned,
                                            HazardStatus::Rectifying, HazardStatus::Rectified,
                                            HazardStatus::Closed};
  return statuses;
}

QString hazardStatusKey(HazardStatus status)
{
  switch (status)
  {
  case HazardStatus::Found:
    return QStringLiteral("found");
  case HazardStatus::Assigned:
    return QStringLiteral("assigned");
  case HazardStatus::Rectifying:
    return QStringLiteral("rectifying");
  case HazardStatus::Rectified:
    return QStringLiteral("rectified");
  case HazardStatus::Closed:
    break;
  }
  return QStringLiteral("closed");
}

QString hazardStatusNameZh(HazardStatus status)
{
  switch (status)
  {
  case HazardStatus::Found:
    return QStringLiteral("发现");
  case HazardStatus::Assigned:
    return QStringLiteral("交办");
  case HazardStatus::Rectifying:
    return QStringLiteral("整改中");
  case HazardStatus::Rectified:
    return QStringLiteral("已整改");
  case HazardStatus::Closed:
    break;
  }
  return QStringLiteral("已销号");
}

QString hazardStatusNameEn(HazardStatus status)
{
  switch (status)
  {
  case HazardStatus::Found:
    return QStringLiteral("Found");
  case HazardStatus::Assigned:
    return QStringLiteral("Assigned");
  case HazardStatus::Rectifying:
    return QStringLiteral("Rectifying");
  case HazardStatus::Rectified:
    return QStringLiteral("Rectified");
  case HazardStatus::Closed:
    break;
  }
  return QStringLiteral("Closed");
}

bool hazardStatusFromText(const QString &text, HazardStatus &status)
{
  const QString value = text.trimmed();
  for (HazardStatus candidate : hazardStatuses())
  {
    if (value.compare(hazardStatusKey(candidate), Qt::CaseInsensitive) == 0 ||
        value == hazardStatusNameZh(candidate) ||
        value.compare(hazardStatusNameEn(candidate), Qt::CaseInsensitive) == 0)
    {
      status = candidate;
      return true;
    }
  }
  // Common spellings of registers.
  static const struct
  {
    const char *text;
    HazardStatus status;
  } aliases[] = {{"待整改", HazardStatus::Assigned},       {"已交办", HazardStatus::Assigned},
                 {"整改中", HazardStatus::Rectifying},     {"逾期", HazardStatus::Rectifying},
                 {"逾期未整改", HazardStatus::Rectifying}, {"未整改", HazardStatus::Rectifying},
                 {"已发现", HazardStatus::Found},          {"整改完成", HazardStatus::Rectified},
                 {"销号", HazardStatus::Closed},           {"已复核", HazardStatus::Closed}};
  for (const auto &alias : aliases)
  {
    if (value == QString::fromUtf8(alias.text))
    {
      status = alias.status;
      return true;
    }
  }
  return false;
}

} // namespace riskatlas
