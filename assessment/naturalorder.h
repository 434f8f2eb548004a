#pragma once

#include <QString>

namespace riskatlas
{

//! Orders text with its digit runs read as numbers: "2" < "10", "YH-9" < "YH-10".
bool naturalLess(const QString &a, const QString &b);

} // namespace riskatlas
