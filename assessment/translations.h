#pragma once

#include <QString>
#include <memory>

class QTranslator;

namespace riskatlas
{

/**
 * Installs RiskAtlas's translation for one language while it lives, so text built meanwhile
 * (a report, a map title) comes out in that language whatever the user interface uses.
 * Languages: "zh" (Simplified Chinese) and "en".
 */
class ScopedLanguage
{
public:
  explicit ScopedLanguage(const QString &language);
  ~ScopedLanguage();
  ScopedLanguage(const ScopedLanguage &) = delete;
  ScopedLanguage &operator=(const ScopedLanguage &) = delete;

  bool isLoaded() const { return mLoaded; }

private:
  std::unique_ptr<QTranslator> mTranslator;
  bool mLoaded = false;
};

//! Installs the translation matching the system locale for the application's lifetime.
void installSystemLanguage();

//! "zh" and "en"; the report and map languages accepted on the command line.
bool isSupportedLanguage(const QString &language);

} // namespace riskatlas
