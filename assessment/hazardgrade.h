#pragma once

#include <QList>
#include <QString>

namespace riskatlas
{

//! The two grades of hidden dangers (事故隐患, domain.md §8).
enum class HazardGrade
{
  General = 0, //!< 一般事故隐患
  Major = 1,   //!< 重大事故隐患
};

const QList<HazardGrade> &hazardGrades();
//! Stable key: general|major.
QString hazardGradeKey(HazardGrade grade);
//! 一般, 重大.
QString hazardGradeNameZh(HazardGrade grade);
//! General, Major.
QString hazardGradeNameEn(HazardGrade grade);
//! Reads a key, 一般 / 重大 (with or without 事故隐患 or 隐患), or General / Major.
bool hazardGradeFromText(const QString &text, HazardGrade &grade);

} // namespace riskatlas
