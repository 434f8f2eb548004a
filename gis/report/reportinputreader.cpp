#include "report/reportinputreader.h"

#include "assess/projectsummary.h"
#include "reproducibletime.h"
#include "store/hazardregister.h"
#include "store/projectcrs.h"
#include "store/projectstore.h"

namespace riskatlas
{

ReportInput readReportInput(ProjectStore &store, const QString &language, const Taxonomy &taxonomy)
{
  ReportInput input;
  input.language = language;
  input.projectName = store.projectName();
  input.generatedAt = reproducibleNow();
  input.crsDescription = describeCrs(store.crsAuthId());
  input.summary = readSummary(store);
  input.taxonomy = &taxonomy;
  input.methodSet = store.methodSet();
  input.palette = input.methodSet.palette();
  input.majorUnits = readMajorUnits(store, language);
  input.significantUnits = readSignificantUnits(store, language);
  input.overriddenUnits = readOverriddenUnits(store, language);
  input.allUnits = readAllUnits(store, language);
  input.bySector = readSectorCounts(store);
  input.correction = readCorrectionCounts(store);
  const QList<AuditEntry> log = store.auditLog();
  for (const AuditEntry &entry : log)
    if (entry.action.startsWith(QLatin1String("import-")))
      input.dataSources << QStringLiteral("%1 (%2, %3)")
                               .arg(entry.target, entry.action, entry.timestamp.left(10));
  if (!log.isEmpty())
    input.auditHeadHash = log.last().hash;
  input.hazards = HazardRegister::readAll(store);
  input.hazardsAsOf = input.generatedAt.date();
  return input;
}

} // namespace riskatlas
