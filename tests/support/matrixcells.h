#pragma once

#include <QJsonArray>
#include <QString>

namespace riskatlas::test
{

/**
 * A 5×5 risk matrix as a cell table (rows L = 1…5, columns S = 1…5) banded like the default
 * matrix: major from \a majorFrom, significant from 9, general from 4, else low; cell L = 3,
 * S = 3 set to \a cellL3S3 when given.
 */
inline QJsonArray matrixCells(int majorFrom = 20, const QString &cellL3S3 = QString())
{
  QJsonArray cells;
  for (int likelihood = 1; likelihood <= 5; ++likelihood)
  {
    QJsonArray row;
    for (int severity = 1; severity <= 5; ++severity)
    {
      const int score = likelihood * severity;
      row.append(likelihood == 3 && severity == 3 && !cellL3S3.isEmpty() ? cellL3S3
                 : score >= majorFrom                                    ? QStringLiteral("major")
                 : score >= 9 ? QStringLiteral("significant")
                 : score >= 4 ? QStringLiteral("general")
                              : QStringLiteral("low"));
    }
    cells.append(row);
  }
  return cells;
}

} // namespace riskatlas::test
