#pragma once

// The bundled sample city as a project file, built through the same ProjectSession steps the
// workbench runs: districts and units imported, and assessed unless asked otherwise.

#include "testdata.h"
#include "workflow/projectsession.h"

#include <QTest>

namespace riskatlas::test
{

//! Writes the sample project to \a path; fails the calling test (returns false) on any problem.
inline bool makeSampleProject(const QString &path, bool assessed = true)
{
  Problem problem;
  auto session = ProjectSession::create(path, QStringLiteral("示例市"), QString(), true, &problem);
  if (!session)
  {
    qWarning("%s", qPrintable(problem.message()));
    return false;
  }
  const ImportOutcome regions =
      session->importRegions(sampleFile(QStringLiteral("districts.geojson")), {}, nullptr);
  const ImportOutcome units =
      session->importUnits(sampleFile(QStringLiteral("units.csv")), {}, nullptr);
  if (!regions.ok || !units.ok)
  {
    qWarning("%s", qPrintable((regions.messages() + units.messages()).join(QLatin1Char('\n'))));
    return false;
  }
  if (assessed)
  {
    const AssessOutcome outcome = session->assess({}, nullptr);
    if (!outcome.ok)
    {
      qWarning("%s", qPrintable(outcome.error));
      return false;
    }
  }
  return true;
}

} // namespace riskatlas::test
