#pragma once

#include <QString>
#include <memory>

class QTranslator;

namespace riskatlas
{

/**
 * The language a report or a map is written in, with RiskAtlas's translation for it loaded.
 * Code that builds their text takes one and translates through it instead of through a
 * translator installed on the application, so building text changes the language of nothing
 * else in the process and may run in any thread. Immutable; one shared instance per language,
 * loaded on first use and kept until the process ends.
 */
class Language
{
public:
  //! "en", or "zh" (Simplified Chinese) for anything else; thread-safe.
  static const Language &get(const QString &code);

  //! "zh" or "en", as levelName() and the taxonomy's names take it.
  const QString &code() const { return mCode; }

  /**
   * \a source in this language (as QCoreApplication::translate() answers with this language's
   * translator installed: "%n" replaced by \a n), or the source text when no translation has
   * it. Write calls as `language.translate("Context", "text")` so that lupdate finds them.
   */
  QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                    int n = -1) const;

  Language(const Language &) = delete;
  Language &operator=(const Language &) = delete;
  ~Language();

private:
  explicit Language(const QString &code);

  QString mCode;
  std::unique_ptr<QTranslator> mTranslator;
};

//! The embedded compiled translation (.qm) of "zh" or "en".
QString translationResource(const QString &code);

} // namespace riskatlas
