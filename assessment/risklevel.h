#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

//! The four risk levels of GB/T 42768 plus "none" (not assessed / no data), ordered by severity.
enum class RiskLevel
{
  None = 0,
  Low = 1,
  General = 2,
  Significant = 3,
  Major = 4,
};

//! The four assessed levels, most severe first (the order of legends and tables).
const QList<RiskLevel> &assessedLevels();

//! Stable machine key: major|significant|general|low|none (JSON, CSV, GeoPackage).
QString levelKey(RiskLevel level);
//! Parses a key written by levelKey(); returns false for anything else.
bool levelFromKey(const QString &key, RiskLevel &level);
//! Chinese name as printed on maps: 重大风险, 较大风险, 一般风险, 低风险, 未评估.
QString levelNameZh(RiskLevel level);
//! English name: Major risk, Significant risk, General risk, Low risk, Not assessed.
QString levelNameEn(RiskLevel level);
//! Name in the given language ("zh" or "en").
QString levelName(RiskLevel level, const QString &language);
//! Default palette colour as #RRGGBB (domain.md §3).
QString defaultLevelColor(RiskLevel level);

//! Moves a level up (positive) or down (negative), clamped to low..major; None stays None.
RiskLevel shiftLevel(RiskLevel level, int steps);

} // namespace riskatlas
