#include "naturalorder.h"

namespace riskatlas
{

bool naturalLess(const QString &a, const QString &b)
{
  int i = 0;
  int j = 0;
  while (i < a.size() && j < b.size())
  {
    if (a.at(i).isDigit() && b.at(j).isDigit())
    {
      int endA = i;
      int endB = j;
      while (endA < a.size() && a.at(endA).isDigit())
        ++endA;
      while (endB < b.size() && b.at(endB).isDigit())
        ++endB;
      // Compare the runs without leading zeros: longer is larger, else digit by digit.
      QStringView runA = QStringView(a).mid(i, endA - i);
      QStringView runB = QStringView(b).mid(j, endB - j);
      while (runA.size() > 1 && runA.front() == QLatin1Char('0'))
        runA = runA.mid(1);
      while (runB.size() > 1 && runB.front() == QLatin1Char('0'))
        runB = runB.mid(1);
      if (runA.size() != runB.size())
        return runA.size() < runB.size();
      const int order = runA.compare(runB);
      if (order != 0)
        return order < 0;
      i = endA;
      j = endB;
      continue;
    }
    if (a.at(i) != b.at(j))
      return a.at(i) < b.at(j);
    ++i;
    ++j;
  }
  if (a.size() - i != b.size() - j)
    return a.size() - i < b.size() - j;
  return a < b;
}

} // namespace riskatlas
