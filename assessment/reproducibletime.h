#pragma once

#include <QDateTime>

namespace riskatlas
{

//! Now, or the time SOURCE_DATE_EPOCH names, so printed dates and control images are stable.
QDateTime reproducibleNow();

} // namespace riskatlas
