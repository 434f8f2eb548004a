#pragma once

#include "jsonreader.h"
#include "risklevel.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace riskatlas
{

/**
 * The colour of each risk level (and of "not assessed") on maps, tables and in the report.
 * No standard fixes RGB values (domain.md §3): the palette is a project setting, stored in the
 * method set as {"major": "#FF0000", …}; the default is the domain's red, orange, yellow, blue
 * and grey. Colours are kept as upper-case #RRGGBB.
 */
class LevelPalette
{
public:
  //! The default palette (domain.md §3).
  LevelPalette();

  //! The four assessed levels, most severe first, then None: the keys of the JSON object.
  static QList<RiskLevel> levels();

  //! The colour of \a level as #RRGGBB.
  QString color(RiskLevel level) const;
  //! Sets \a level's colour; false (nothing changed) unless \a color is #RRGGBB.
  bool setColor(RiskLevel level, const QString &color);
  //! Text legible on \a level's colour: "#FFFFFF" on dark colours, "#000000" on light ones.
  QString textColor(RiskLevel level) const;
  bool isDefault() const;

  bool operator==(const LevelPalette &other) const;
  bool operator!=(const LevelPalette &other) const { return !(*this == other); }

  //! {"major": "#FF0000", "significant": …, "general": …, "low": …, "none": …}.
  QJsonObject toJson() const;
  /**
   * Reads strictly: every key is optional (an absent one keeps the default), each colour must be
   * "#RRGGBB", and no two levels may share one colour. Problems are recorded in \a json.
   */
  static bool readJson(const JsonReader &json, LevelPalette &palette);
  static bool fromJson(const QJsonObject &json, LevelPalette &palette, QString *error);

  //! True for "#RRGGBB" (either case).
  static bool isColor(const QString &text);
  //! The CIE76 colour difference ΔE*ab of two #RRGGBB colours (about 2.3 is just noticeable).
  static double difference(const QString &a, const QString &b);
  //! Below this ΔE two levels are too alike to tell apart on a map.
  static constexpr double MinimumDifference = 20.0;
  //! Pairs of levels whose colours differ by less than \a minimum, in levels() order.
  QList<QPair<RiskLevel, RiskLevel>> similarLevels(double minimum = MinimumDifference) const;

private:
  static int index(RiskLevel level);
  QString mColors[5];
};

} // namespace riskatlas
