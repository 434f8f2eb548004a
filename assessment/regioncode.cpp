#include "regioncode.h"

namespace riskatlas
{

namespace
{
bool isDigit(QChar c)
{
  return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

//! -1, 0 or 1 as the digit runs \a a and \a b compare by value (leading zeros ignored).
int compareDigits(QStringView a, QStringView b)
{
  while (a.size() > 1 && a.front() == QLatin1Char('0'))
    a = a.mid(1);
  while (b.size() > 1 && b.front() == QLatin1Char('0'))
    b = b.mid(1);
  if (a.size() != b.size())
    return a.size() < b.size() ? -1 : 1;
  return a.compare(b);
}

int digitRunEnd(const QString &text, int from)
{
  while (from < text.size() && isDigit(text.at(from)))
    ++from;
  return from;
}
} // namespace

bool regionCodeLess(const QString &a, const QString &b)
{
  int i = 0;
  int j = 0;
  while (i < a.size() && j < b.size())
  {
    if (isDigit(a.at(i)) && isDigit(b.at(j)))
    {
      const int endA = digitRunEnd(a, i);
      const int endB = digitRunEnd(b, j);
      const int order =
          compareDigits(QStringView(a).mid(i, endA - i), QStringView(b).mid(j, endB - j));
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
  if ((a.size() - i) != (b.size() - j))
    return (a.size() - i) < (b.size() - j);
  return a < b;
}

} // namespace riskatlas
