#pragma once

#include <QString>

namespace riskatlas
{

/**
 * Shows the folder holding \a file (an export just written) in the desktop's file manager.
 * Does nothing when the environment variable CI or RISKATLAS_NO_OPEN is set (tests, batch runs);
 * returns whether it asked the desktop to open it.
 */
bool openOutputFolder(const QString &file);

} // namespace riskatlas
