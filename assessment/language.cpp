#include "language.h"

#include "taxonomy.h"

#include <QTranslator>

namespace riskatlas
{

namespace
{
//! "%n" and "%Ln" become \a n, as QCoreApplication::translate() does.
void replacePercentN(QString &text, int n)
{
  if (n < 0)
    return;
  qsizetype at = 0;
  qsizetype length = 0;
  while ((at = text.indexOf(QLatin1Char('%'), at + length)) != -1)
  {
    length = 1;
    if (at + length == text.size())
      break;
    QString format = QStringLiteral("%1");
    if (text.at(at + length) == QLatin1Char('L'))
    {
      ++length;
      if (at + length == text.size())
        break;
      format = QStringLiteral("%L1");
    }
    if (text.at(at + length) == QLatin1Char('n'))
    {
      format = format.arg(n);
      ++length;
      text.replace(at, length, format);
      length = format.size();
    }
  }
}
} // namespace

QString translationResource(const QString &code)
{
  const QString file = code == QLatin1String("en") ? QStringLiteral("riskatlas_en")
                                                   : QStringLiteral("riskatlas_zh_CN");
  return QStringLiteral(":/riskatlas/i18n/%1.qm").arg(file);
}

const Language &Language::get(const QString &code)
{
  // Function statics: initialised once, thread-safely, on first use.
  if (code == QLatin1String("en"))
  {
    static const Language english(QStringLiteral("en"));
    return english;
  }
  static const Language chinese(QStringLiteral("zh"));
  return chinese;
}

Language::Language(const QString &code) : mCode(code), mTranslator(std::make_unique<QTranslator>())
{
  initAssessmentResources();
  // A failed load leaves the translator empty: text then comes out in the source language.
  (void)mTranslator->load(translationResource(code));
}

Language::~Language() = default;

QString Language::translate(const char *context, const char *source, const char *disambiguation,
                            int n) const
{
  if (!source)
    return QString();
  // QTranslator::translate() only reads the loaded file (Qt calls it from any thread too).
  QString text = mTranslator->translate(context, source, disambiguation, n);
  if (text.isNull())
    text = QString::fromUtf8(source);
  replacePercentN(text, n);
  return text;
}

} // namespace riskatlas
