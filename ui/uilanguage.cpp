#include "uilanguage.h"

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <qgsapplication.h>
#include <vector>

namespace riskatlas
{

namespace
{
QString gCurrent;
std::vector<std::unique_ptr<QTranslator>> &installed()
{
  static std::vector<std::unique_ptr<QTranslator>> translators;
  return translators;
}

void installFile(const QString &file, const QString &folder = QString())
{
  auto translator = std::make_unique<QTranslator>();
  if (translator->load(file, folder) && QCoreApplication::installTranslator(translator.get()))
    installed().push_back(std::move(translator));
}
} // namespace

QString UiLanguage::systemCode()
{
  return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

void UiLanguage::install(const QString &code)
{
  const QString language =
      code == QLatin1String("zh") || code == QLatin1String("en") ? code : systemCode();
  for (const auto &translator : installed())
    QCoreApplication::removeTranslator(translator.get());
  installed().clear();
  installFile(translationResource(language));
  if (language == QLatin1String("zh"))
  {
    // Qt's own buttons and standard dialogs (Debian: qttranslations5-l10n), then QGIS's widgets.
    installFile(QStringLiteral("qtbase_zh_CN"),
                QLibraryInfo::location(QLibraryInfo::TranslationsPath));
    installFile(QStringLiteral("qgis_zh-Hans"), QgsApplication::i18nPath());
  }
  QLocale::setDefault(
      QLocale(language == QLatin1String("zh") ? QLocale::Chinese : QLocale::English,
              language == QLatin1String("zh") ? QLocale::China : QLocale::UnitedStates));
  gCurrent = language;
}

QString UiLanguage::current()
{
  return gCurrent.isEmpty() ? systemCode() : gCurrent;
}

} // namespace riskatlas
