#pragma once

#include <QString>

namespace riskatlas
{

/**
 * The language of the workbench's own text: RiskAtlas's translation, Qt's (standard dialogs and
 * buttons) and QGIS's (its widgets), installed together and replaced together when the analyst
 * switches language. Maps and reports take their language separately (Language).
 */
class UiLanguage
{
public:
  //! "zh" when the system locale is Chinese, else "en".
  static QString systemCode();
  //! Installs \a code ("zh" or "en"; anything else: the system's), replacing the previous one.
  static void install(const QString &code);
  //! The installed language, "zh" or "en".
  static QString current();
};

} // namespace riskatlas
