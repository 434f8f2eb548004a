#include "translations.h"

#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace riskatlas
{

namespace
{
QString qmResource(const QString &language)
{
  const QString file = language == QLatin1String("en") ? QStringLiteral("riskatlas_en")
                                                       : QStringLiteral("riskatlas_zh_CN");
  return QStringLiteral(":/riskatlas/i18n/%1.qm").arg(file);
}
} // namespace

ScopedLanguage::ScopedLanguage(const QString &language) : mTranslator(new QTranslator)
{
  initAssessmentResources();
  mLoaded = mTranslator->load(qmResource(language)) &&
            QCoreApplication::installTranslator(mTranslator.get());
}

ScopedLanguage::~ScopedLanguage()
{
  if (mLoaded)
    QCoreApplication::removeTranslator(mTranslator.get());
}

void installSystemLanguage()
{
  initAssessmentResources();
  const QString language =
      QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
  auto *translator = new QTranslator(QCoreApplication::instance());
  if (translator->load(qmResource(language)))
    QCoreApplication::installTranslator(translator);
}

bool isSupportedLanguage(const QString &language)
{
  return language == QLatin1String("zh") || language == QLatin1String("en");
}

} // namespace riskatlas
