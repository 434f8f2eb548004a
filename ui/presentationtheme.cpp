#include "presentationtheme.h"

#include <QApplication>
#include <QFontInfo>
#include <algorithm>

namespace riskatlas
{

PresentationTheme::PresentationTheme(int height, const LevelPalette &palette, bool highContrast,
                                     const QString &fontFamily)
    : mHeight(std::max(1, height)), mHighContrast(highContrast),
      mPalette(highContrast ? strengthened(palette) : palette), mFontFamily(fontFamily)
{
}

LevelPalette PresentationTheme::strengthened(const LevelPalette &palette)
{
  LevelPalette strong = palette;
  for (RiskLevel level : assessedLevels())
  {
    const QColor colour(palette.color(level));
    int hue = 0, saturation = 0, value = 0;
    colour.getHsv(&hue, &saturation, &value);
    // Grey-ish custom colours keep their lightness; coloured ones go full strength.
    if (saturation > 40)
      saturation = 255;
    value = std::max(value, 230);
    QColor strongColour = QColor::fromHsv(hue, saturation, value);
    // Blue reads darker at full value on a projector: deepen it so it stays apart from grey.
    if (hue >= 190 && hue <= 250 && saturation > 40)
      strongColour = QColor::fromHsv(hue, 255, 215);
    // setColor() refuses nothing here: the levels keep distinct hues.
    strong.setColor(level, strongColour.name().toUpper());
  }
  return strong;
}

QColor PresentationTheme::levelColor(RiskLevel level) const
{
  return QColor(mPalette.color(level));
}

QColor PresentationTheme::levelTextColor(RiskLevel level) const
{
  return QColor(mPalette.textColor(level));
}

QFont PresentationTheme::font(double fraction, bool bold) const
{
  QFont font = QApplication::font();
  if (!mFontFamily.isEmpty())
    font.setFamilies({QFontInfo(font).family(), mFontFamily}); // the family in use
  font.setPixelSize(px(fraction));
  font.setBold(bold || mHighContrast);
  return font;
}

int PresentationTheme::px(double fraction) const
{
  return std::max(1, qRound(mHeight * fraction));
}

QColor PresentationTheme::background() const
{
  return Qt::white;
}

QColor PresentationTheme::text() const
{
  return mHighContrast ? QColor(Qt::black) : QColor(QStringLiteral("#1B1F24"));
}

QColor PresentationTheme::mutedText() const
{
  return mHighContrast ? QColor(Qt::black) : QColor(QStringLiteral("#4A5260"));
}

QColor PresentationTheme::accent() const
{
  return mHighContrast ? QColor(Qt::black) : QColor(QStringLiteral("#1F3A5F"));
}

QColor PresentationTheme::stripe() const
{
  return mHighContrast ? QColor(QStringLiteral("#E6E6E6")) : QColor(QStringLiteral("#EEF1F5"));
}

QColor PresentationTheme::outline() const
{
  return mHighContrast ? QColor(Qt::black) : QColor(QStringLiteral("#303030"));
}

} // namespace riskatlas
