#pragma once

#include <QString>

namespace riskatlas
{

/**
 * Installs the translation matching the system locale on the application for its lifetime: the
 * language of a front end's own messages. Reports and maps take their language as a Language.
 */
void installSystemLanguage();

//! "zh" and "en"; the report and map languages accepted on the command line.
bool isSupportedLanguage(const QString &language);

} // namespace riskatlas
