#pragma once

#include "levelpalette.h"

#include <QColor>
#include <QFont>

namespace riskatlas
{

/**
 * The look of a presentation on a projector: type sized from the slide's height (not fixed
 * pixels), so a slide reads the same at 1280×720 and 1920×1080, and the colours, normal or
 * high contrast. High contrast keeps the project's red/orange/yellow/blue but saturates them,
 * and draws text pure black on white with thick dark rules.
 */
class PresentationTheme
{
public:
  PresentationTheme() = default;
  /**
   * For slides \a height pixels high, in \a palette (the project's), high contrast or not; text
   * in the application's font, Chinese in \a fontFamily (the maps' CJK font) where it lacks
   * glyphs.
   */
  PresentationTheme(int height, const LevelPalette &palette, bool highContrast,
                    const QString &fontFamily = QString());

  /**
   * \a palette with saturated fills: each level keeps its hue (and stays the colour of its
   * level), with saturation and value raised so it survives a washed-out projector.
   */
  static LevelPalette strengthened(const LevelPalette &palette);

  int height() const { return mHeight; }
  bool highContrast() const { return mHighContrast; }
  //! The fills drawn (strengthened() in high contrast, else the project's palette).
  const LevelPalette &palette() const { return mPalette; }
  QColor levelColor(RiskLevel level) const;
  QColor levelTextColor(RiskLevel level) const;

  //! A font whose pixel size is \a fraction of the slide's height.
  QFont font(double fraction, bool bold = false) const;
  //! \a fraction of the slide's height, in pixels (at least 1).
  int px(double fraction) const;

  QColor background() const;
  QColor text() const;
  //! Secondary text (subtitles, footers).
  QColor mutedText() const;
  //! The rule under the title and the table header's fill.
  QColor accent() const;
  //! Alternate table rows.
  QColor stripe() const;
  //! Outlines of swatches and bars.
  QColor outline() const;

private:
  int mHeight = 720;
  bool mHighContrast = false;
  LevelPalette mPalette;
  QString mFontFamily;
};

} // namespace riskatlas
