// Times the what-if preview on an assessed project (not a test; see README.md here): the first
// preview (reading the stored state) and the next ones (state kept), for the project's own set
// (nothing changes) and for the default matrix with one cell changed.
//   whatif_benchmark PROJECT

#include "support/gisruntime.h"
#include "workflow/projectsession.h"
#include "workflow/whatifpreview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <qgsapplication.h>

using namespace riskatlas;

namespace
{
//! \a set with its default 5×5 matrix as a cell table whose cell L = 3, S = 3 is general.
MethodSet oneCellChanged(const MethodSet &set)
{
  QJsonObject json = set.toJson();
  QJsonObject matrix = json.value(QStringLiteral("default")).toObject();
  QJsonArray cells;
  for (int likelihood = 1; likelihood <= 5; ++likelihood)
  {
    QJsonArray row;
    for (int severity = 1; severity <= 5; ++severity)
    {
      const int score = likelihood * severity;
      row.append(likelihood == 3 && severity == 3 ? QStringLiteral("general")
                 : score >= 20                    ? QStringLiteral("major")
                 : score >= 9                     ? QStringLiteral("significant")
                 : score >= 4                     ? QStringLiteral("general")
                                                  : QStringLiteral("low"));
    }
    cells.append(row);
  }
  matrix.remove(QStringLiteral("bands"));
  matrix.insert(QStringLiteral("cells"), cells);
  json.insert(QStringLiteral("default"), matrix);
  MethodSet changed;
  QString error;
  if (!MethodSet::fromJson(json, changed, &error))
    fprintf(stderr, "%s\n", qPrintable(error));
  return changed;
}
} // namespace

int main(int argc, char **argv)
{
  auto app = startQgis(argc, argv, false);
  if (argc < 2)
  {
    fprintf(stderr, "usage: whatif_benchmark PROJECT\n");
    return 2;
  }
  const QString path = QString::fromLocal8Bit(argv[1]);
  Problem problem;
  MethodSet current;
  {
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    if (!session)
    {
      fprintf(stderr, "%s\n", qPrintable(problem.message()));
      QgsApplication::exitQgis();
      return 1;
    }
    current = session->methodSet();
  }
  const MethodSet changed = oneCellChanged(current);
  auto preview = WhatIfPreview::open(path, &problem);
  if (!preview)
  {
    fprintf(stderr, "%s\n", qPrintable(problem.message()));
    return 1;
  }
  auto time = [&](const char *what, const MethodSet &set, int limit)
  {
    QElapsedTimer timer;
    timer.start();
    const WhatIfResult result = preview->run(set, std::nullopt, nullptr, limit);
    if (!result.ok)
    {
      fprintf(stderr, "%s\n", qPrintable(result.problem.message()));
      return false;
    }
    printf("%-44s %7.3f s  (%lld units, %lld regions; %lld units and %lld regions change, %d "
           "listed)\n",
           what, timer.elapsed() / 1000.0, result.units, result.regions, result.unitsChanged,
           result.regionsChanged, static_cast<int>(result.unitShifts.size()));
    return true;
  };
  const bool ok = time("first preview, one cell (state read)", changed, 10000) &&
                  time("next preview, unchanged set", current, 10000) &&
                  time("next preview, one cell, 10,000 listed", changed, 10000) &&
                  time("next preview, one cell, every unit listed", changed, -1);
  preview.reset();
  QgsApplication::exitQgis();
  return ok ? 0 : 1;
}
