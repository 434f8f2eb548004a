#include "translations.h"

#include "language.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace riskatlas
{

void installSystemLanguage()
{
  initAssessmentResources();
  const QString language =
      QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
  auto *translator = new QTranslator(QCoreApplication::instance());
  if (translator->load(translationResource(language)))
    QCoreApplication::installTranslator(translator);
}

bool isSupportedLanguage(const QString &language)
{
  return language == QLatin1String("zh") || language == QLatin1String("en");
}

} // namespace riskatlas
