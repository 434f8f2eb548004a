#include "hazardlifecycle.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardLifecycle)
};

HazardVerdict refuse(HazardRefusal refusal, const QString &reason)
{
  return {refusal, reason};
}
} // namespace

bool HazardLifecycle::isReopening(HazardStatus from, HazardStatus to)
{
  return !isOpenStatus(from) && isOpenStatus(to);
}

HazardVerdict HazardLifecycle::checkRecord(const HiddenDanger &record)
{
  const HazardStatus status = record.status;
  if (status >= HazardStatus::Rectified && !record.rectifiedDate.isValid())
    return refuse(HazardRefusal::MissingRectifiedDate,
                  Tr::tr("a rectified hidden danger needs the date it was rectified"));
  if (status == HazardStatus::Closed && record.verifier.trimmed().isEmpty())
    return refuse(HazardRefusal::MissingVerifier,
                  Tr::tr("a closure needs the verifier who checked the rectification"));
  if (status == HazardStatus::Closed && !record.closedDate.isValid())
    return refuse(HazardRefusal::MissingClosedDate,
                  Tr::tr("a closure needs the date the hidden danger was struck off"));
  if (record.foundDate.isValid() && record.deadline.isValid() && record.deadline < record.foundDate)
    return refuse(HazardRefusal::DateOrder, Tr::tr("the deadline %1 is before the date found %2")
                                                .arg(record.deadline.toString(Qt::ISODate),
                                                     record.foundDate.toString(Qt::ISODate)));
  if (status >= HazardStatus::Rectified && record.foundDate.isValid() &&
      record.rectifiedDate < record.foundDate)
    return refuse(HazardRefusal::DateOrder,
                  Tr::tr("the date rectified %1 is before the date found %2")
                      .arg(record.rectifiedDate.toString(Qt::ISODate),
                           record.foundDate.toString(Qt::ISODate)));
  if (status == HazardStatus::Closed && record.closedDate < record.rectifiedDate)
    return refuse(HazardRefusal::DateOrder,
                  Tr::tr("the date closed %1 is before the date rectified %2")
                      .arg(record.closedDate.toString(Qt::ISODate),
                           record.rectifiedDate.toString(Qt::ISODate)));
  return {};
}

HazardVerdict HazardLifecycle::check(const HiddenDanger &current, const HazardChange &change)
{
  const HazardStatus from = current.status;
  const HazardStatus to = change.to;
  if (from == to)
    return refuse(HazardRefusal::NoChange,
                  Tr::tr("the hidden danger is %1 already").arg(hazardStatusKey(to)));
  if (to > from)
    return checkRecord(apply(current, change));
  if (to == HazardStatus::Found)
    return refuse(HazardRefusal::BackToFound, Tr::tr("a hidden danger cannot move back to found"));
  if (from == HazardStatus::Closed && to == HazardStatus::Rectified)
    return refuse(HazardRefusal::ClosedToRectified,
                  Tr::tr("a closed hidden danger reopens to assigned or rectifying"));
  if (!isReopening(from, to))
    return refuse(HazardRefusal::MovesBack,
                  Tr::tr("an open hidden danger cannot move back from %1 to %2")
                      .arg(hazardStatusKey(from), hazardStatusKey(to)));
  if (change.reason.trimmed().isEmpty())
    return refuse(HazardRefusal::ReasonRequired,
                  Tr::tr("reopening a %1 hidden danger needs a reason").arg(hazardStatusKey(from)));
  return {};
}

HiddenDanger HazardLifecycle::apply(const HiddenDanger &current, const HazardChange &change)
{
  HiddenDanger next = current;
  next.status = change.to;
  if (isReopening(current.status, change.to))
  {
    next.rectifiedDate = QDate();
    next.verifier.clear();
    next.closedDate = QDate();
    return next;
  }
  if (change.to >= HazardStatus::Rectified && change.rectifiedDate.isValid())
    next.rectifiedDate = change.rectifiedDate;
  if (change.to == HazardStatus::Closed)
  {
    if (!change.verifier.trimmed().isEmpty())
      next.verifier = change.verifier.trimmed();
    if (change.closedDate.isValid())
      next.closedDate = change.closedDate;
  }
  return next;
}

} // namespace riskatlas
