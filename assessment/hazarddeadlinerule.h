#pragma once

#include "hazardgrade.h"

#include <QDate>
#include <QJsonObject>

namespace riskatlas
{

/**
 * How long a hidden danger may take to be rectified when the register gives no deadline: the
 * 60-day closed loop (60 日隐患整改闭环) by default, configurable per project and per grade.
 */
class HazardDeadlineRule
{
public:
  static constexpr int DefaultDays = 60;

  int days(HazardGrade grade) const;
  void setDays(HazardGrade grade, int days);
  //! \a found plus the grade's days.
  QDate deadline(const QDate &found, HazardGrade grade) const;

  //! {"general": 60, "major": 60}.
  QJsonObject toJson() const;
  //! Reads toJson()'s form; a missing grade keeps the default. False (with \a error) for a
  //! number of days that is not a whole number from 1 to 3650.
  static bool fromJson(const QJsonObject &json, HazardDeadlineRule &rule, QString *error);

  bool operator==(const HazardDeadlineRule &other) const
  {
    return mGeneral == other.mGeneral && mMajor == other.mMajor;
  }

private:
  int mGeneral = DefaultDays;
  int mMajor = DefaultDays;
};

} // namespace riskatlas
