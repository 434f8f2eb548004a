#pragma once

#include "hazardstatistics.h"
#include "hiddendanger.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace riskatlas::cli
{

/**
 * `hazards list --json` (resources/schemas/hazard-list.schema.json): {"as_of", "count",
 * "hazards": [{"id", "unit_id", "unit_name", …, "overdue", "days_overdue"}]}.
 */
QJsonObject hazardListToJson(const QList<HiddenDanger> &hazards, const QDate &asOf);
//! `hazards stats` as text: the totals, then a table per grade, round, district and sector.
void printHazardStatistics(QTextStream &out, const HazardStatistics &statistics);

} // namespace riskatlas::cli
