#pragma once

#include "assessmentsummary.h"
#include "hiddendanger.h"
#include "methodset.h"
#include "reportcomparison.h"

#include <QDateTime>
#include <optional>

namespace riskatlas
{

//! One row of the major-risk list.
struct ReportUnitRow
{
  QString id;
  QString name;
  QString sectorName;
  QString region;
  double score = 0.0;
  RiskLevel inherentLevel = RiskLevel::None;
  RiskLevel finalLevel = RiskLevel::None;
  QString overrideReason; //!< why the analyst set the final level by hand; empty when scored
  QString sectorCode;     //!< filled for the report document's lists
  QString categoryCode;
};

//! Everything the assessment report prints.
struct ReportInput
{
  QString language = QStringLiteral("zh");
  QString projectName;
  QDateTime generatedAt;
  QString crsDescription;
  AssessmentSummary summary;
  const Taxonomy *taxonomy = nullptr;
  MethodSet methodSet = MethodSet::defaultSet();
  //! The colours of the levels (the project's, from its method set).
  LevelPalette palette;
  QList<ReportUnitRow> majorUnits;
  //! Units whose final level an analyst set by hand, with the reason (listed after the majors).
  QList<ReportUnitRow> overriddenUnits;

  QMap<QString, LevelCounts> bySector;     //!< sector code → units by final level
  QMap<RiskLevel, LevelCounts> correction; //!< inherent level → units by final level
  QList<ReportUnitRow> significantUnits;   //!< most severe score first
  QList<ReportUnitRow> allUnits;           //!< every unit, by unit id (the annex's risk list)
  QStringList dataSources;                 //!< imported files, "file (date)", oldest first
  QString auditHeadHash;                   //!< hash of the audit log's last entry
  QStringList mapCategories; //!< category codes with a category map, in taxonomy order
  bool hasOverallMap = false;
  //! Districts with an atlas page ("map-district-<code>"), code and name, in code order.
  QList<QPair<QString, QString>> atlasDistricts;
  //! The hidden-danger register (empty without one) and the date its loop is judged on.
  QList<HiddenDanger> hazards;
  QDate hazardsAsOf;
  //! The previous assessment to compare with (`report --compare`); none: no comparison section.
  std::optional<ReportComparison> comparison;
  //! With more units than this, the body lists major and significant risks only.
  int bodyListLimit = 200;
  //! With more units than this, annex A names the spreadsheet for the complete list instead.
  int annexListLimit = 10000;
};

} // namespace riskatlas
