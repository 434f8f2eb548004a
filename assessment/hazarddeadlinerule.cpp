#include "hazarddeadlinerule.h"

#include <QCoreApplication>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardDeadlineRule)
};
} // namespace

int HazardDeadlineRule::days(HazardGrade grade) const
{
  return grade == HazardGrade::Major ? mMajor : mGeneral;
}

void HazardDeadlineRule::setDays(HazardGrade grade, int days)
{
  (grade == HazardGrade::Major ? mMajor : mGeneral) = days;
}

QDate HazardDeadlineRule::deadline(const QDate &found, HazardGrade grade) const
{
  return found.isValid() ? found.addDays(days(grade)) : QDate();
}

QJsonObject HazardDeadlineRule::toJson() const
{
  return {{hazardGradeKey(HazardGrade::General), mGeneral},
          {hazardGradeKey(HazardGrade::Major), mMajor}};
}

bool HazardDeadlineRule::fromJson(const QJsonObject &json, HazardDeadlineRule &rule, QString *error)
{
  HazardDeadlineRule read;
  for (HazardGrade grade : hazardGrades())
  {
    const QString key = hazardGradeKey(grade);
    if (!json.contains(key))
      continue;
    const double value = json.value(key).toDouble(-1);
    if (!json.value(key).isDouble() || value != std::floor(value) || value < 1 || value > 3650)
    {
      if (error)
        *error = Tr::tr("the deadline days of %1 hidden dangers must be a whole number from 1 "
                        "to 3650")
                     .arg(key);
      return false;
    }
    read.setDays(grade, static_cast<int>(value));
  }
  rule = read;
  return true;
}

} // namespace riskatlas
