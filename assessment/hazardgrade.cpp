#include "hazardgrade.h"

namespace riskatlas
{

const QList<HazardGrade> &hazardGrades()
{
  static const QList<HazardGrade> grades{HazardGrade::General, HazardGrade::Major};
  return grades;
}

QString hazardGradeKey(HazardGrade grade)
{
  return grade == HazardGrade::Major ? QStringLiteral("major") : QStringLiteral("general");
}

QString hazardGradeNameZh(HazardGrade grade)
{
  return grade == HazardGrade::Major ? QStringLiteral("重大") : QStringLiteral("一般");
}

QString hazardGradeNameEn(HazardGrade grade)
{
  return grade == HazardGrade::Major ? QStringLiteral("Major") : QStringLiteral("General");
}

bool hazardGradeFromText(const QString &text, HazardGrade &grade)
{
  QString value = text.trimmed();
  for (const char *suffix : {"事故隐患", "隐患"})
  {
    if (value.endsWith(QString::fromUtf8(suffix)))
    {
      value.chop(QString::fromUtf8(suffix).size());
      break;
    }
  }
  for (HazardGrade candidate : hazardGrades())
  {
    if (value.compare(hazardGradeKey(candidate), Qt::CaseInsensitive) == 0 ||
        value == hazardGradeNameZh(candidate))
    {
      grade = candidate;
      return true;
    }
  }
  return false;
}

} // namespace riskatlas
