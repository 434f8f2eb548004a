#include "levelpalette.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(LevelPalette)
};

double linear(int channel)
{
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

//! sRGB (D65) → CIE L*a*b*.
void toLab(const QString &color, double lab[3])
{
  const int r = color.mid(1, 2).toInt(nullptr, 16);
  const int g = color.mid(3, 2).toInt(nullptr, 16);
  const int b = color.mid(5, 2).toInt(nullptr, 16);
  const double R = linear(r), G = linear(g), B = linear(b);
  const double xyz[3] = {(0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047,
                         0.2126 * R + 0.7152 * G + 0.0722 * B,
                         (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883};
  double f[3];
  for (int i = 0; i < 3; ++i)
    f[i] = xyz[i] > 216.0 / 24389.0 ? std::cbrt(xyz[i]) : (24389.0 / 27.0 * xyz[i] + 16) / 116;
  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}
} // namespace

LevelPalette::LevelPalette()
{
  for (RiskLevel level : levels())
    mColors[index(level)] = defaultLevelColor(level);
}

QList<RiskLevel> LevelPalette::levels()
{
  return assessedLevels() + QList<RiskLevel>{RiskLevel::None};
}

int LevelPalette::index(RiskLevel level)
{
  return static_cast<int>(level);
}

QString LevelPalette::color(RiskLevel level) const
{
  return mColors[index(level)];
}

bool LevelPalette::setColor(RiskLevel level, const QString &color)
{
  if (!isColor(color))
    return false;
  mColors[index(level)] = color.toUpper();
  return true;
}

QString LevelPalette::textColor(RiskLevel level) const
{
  // Relative luminance; 0.3 keeps white on the default red and blue, black on the rest.
  const QString c = color(level);
  const double luminance = 0.2126 * linear(c.mid(1, 2).toInt(nullptr, 16)) +
                           0.7152 * linear(c.mid(3, 2).toInt(nullptr, 16)) +
                           0.0722 * linear(c.mid(5, 2).toInt(nullptr, 16));
  return luminance < 0.3 ? QStringLiteral("#FFFFFF") : QStringLiteral("#000000");
}

bool LevelPalette::isDefault() const
{
  return *this == LevelPalette();
}

bool LevelPalette::operator==(const LevelPalette &other) const
{
  for (int i = 0; i < 5; ++i)
    if (mColors[i] != other.mColors[i])
      return false;
  return true;
}

QJsonObject LevelPalette::toJson() const
{
  QJsonObject json;
  for (RiskLevel level : levels())
    json.insert(levelKey(level), color(level));
  return json;
}

bool LevelPalette::readJson(const JsonReader &json, LevelPalette &palette)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return false;
  QStringList keys;
  for (RiskLevel level : levels())
    keys << levelKey(level);
  json.allowOnly(keys);
  LevelPalette parsed;
  for (RiskLevel level : levels())
  {
    const JsonReader member = json.member(levelKey(level));
    QString text = parsed.color(level);
    if (!member.string(text))
      continue;
    if (!parsed.setColor(level, text))
      member.report(
          Tr::tr("expected a colour written #RRGGBB (e.g. #FF0000), not \"%1\"").arg(text));
  }
  if (json.problemCount() > problemsBefore)
    return false;
  const QList<RiskLevel> all = levels();
  for (int i = 0; i < all.size(); ++i)
    for (int j = i + 1; j < all.size(); ++j)
      if (parsed.color(all.at(i)) == parsed.color(all.at(j)))
        json.report(Tr::tr("%1 and %2 have the same colour %3: levels must stay distinguishable")
                        .arg(levelKey(all.at(i)), levelKey(all.at(j)), parsed.color(all.at(i))));
  if (json.problemCount() > problemsBefore)
    return false;
  palette = parsed;
  return true;
}

bool LevelPalette::fromJson(const QJsonObject &json, LevelPalette &palette, QString *error)
{
  QStringList problems;
  if (readJson(JsonReader(json, &problems), palette))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool LevelPalette::isColor(const QString &text)
{
  static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
  return pattern.match(text).hasMatch();
}

double LevelPalette::difference(const QString &a, const QString &b)
{
  double first[3];
  double second[3];
  toLab(a, first);
  toLab(b, second);
  return std::sqrt(std::pow(first[0] - second[0], 2) + std::pow(first[1] - second[1], 2) +
                   std::pow(first[2] - second[2], 2));
}

QList<QPair<RiskLevel, RiskLevel>> LevelPalette::similarLevels(double minimum) const
{
  QList<QPair<RiskLevel, RiskLevel>> pairs;
  const QList<RiskLevel> all = levels();
  for (int i = 0; i < all.size(); ++i)
    for (int j = i + 1; j < all.size(); ++j)
      if (difference(color(all.at(i)), color(all.at(j))) < minimum)
        pairs.append({all.at(i), all.at(j)});
  return pairs;
}

} // namespace riskatlas
