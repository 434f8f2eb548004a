#include "inputfields.h"

#include "language.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(InputFields)
};

//! Lower-cased alias → target. Single letters are handled as sets, not here.
const QHash<QString, QString> &aliases()
{
  static const QHash<QString, QString> table = []
  {
    QHash<QString, QString> map;
    auto add = [&map](const QString &target, std::initializer_list<const char *> names)
    {
      map.insert(target, target);
      for (const char *alias : names)
        map.insert(QString::fromUtf8(alias).toLower(), target);
    };
    add(InputFields::id(), {"编号", "unit_id", "单位编号"});
    add(InputFields::name(), {"单位名称", "名称", "unit_name"});
    add(InputFields::sector(), {"sector_code", "行业领域", "行业", "行业代码"});
    add(InputFields::longitude(), {"lon", "lng", "long", "x", "经度"});
    add(InputFields::latitude(), {"lat", "y", "纬度"});
    add(InputFields::likelihood(), {"可能性", "likelihood_l"});
    add(InputFields::severity(), {"严重性", "后果", "consequence", "后果严重性"});
    add(InputFields::control(), {"管控水平", "control_level"});
    add(InputFields::wkt(), {"geometry", "geom", "shape", "几何", "空间位置"});
    add(InputFields::region(), {"所属区县", "区县", "所属区域", "所属街道", "街道", "xzqmc",
                                "xzqdm", "district", "region_name", "行政区"});
    add(QStringLiteral("lec_l"), {});
    add(QStringLiteral("lec_e"), {});
    add(QStringLiteral("lec_c"), {});
    add(QStringLiteral("mes_m"), {});
    add(QStringLiteral("mes_e"), {});
    add(QStringLiteral("mes_s"), {});
    return map;
  }();
  return table;
}

//! Single-letter headers read as a set: L+E+C → LEC, M+E+S → MES, L+S → matrix.
QMap<QString, QString> singleLetterTargets(const QSet<QString> &letters)
{
  if (letters.contains(QStringLiteral("L")) && letters.contains(QStringLiteral("E")) &&
      letters.contains(QStringLiteral("C")))
    return {{QStringLiteral("L"), QStringLiteral("lec_l")},
            {QStringLiteral("E"), QStringLiteral("lec_e")},
            {QStringLiteral("C"), QStringLiteral("lec_c")}};
  if (letters.contains(QStringLiteral("M")) && letters.contains(QStringLiteral("E")) &&
      letters.contains(QStringLiteral("S")))
    return {{QStringLiteral("M"), QStringLiteral("mes_m")},
            {QStringLiteral("E"), QStringLiteral("mes_e")},
            {QStringLiteral("S"), QStringLiteral("mes_s")}};
  if (letters.contains(QStringLiteral("L")) && letters.contains(QStringLiteral("S")))
    return {{QStringLiteral("L"), InputFields::likelihood()},
            {QStringLiteral("S"), InputFields::severity()}};
  return {};
}
} // namespace

const QStringList &InputFields::scoringInputs()
{
  static const QStringList list{likelihood(),
                                severity(),
                                QStringLiteral("lec_l"),
                                QStringLiteral("lec_e"),
                                QStringLiteral("lec_c"),
                                QStringLiteral("mes_m"),
                                QStringLiteral("mes_e"),
                                QStringLiteral("mes_s"),
                                control()};
  return list;
}

const QStringList &InputFields::targets()
{
  static const QStringList list =
      QStringList{id(), name(), sector(), longitude(), latitude(), wkt(), region()} +
      scoringInputs();
  return list;
}

QMap<QString, QStringList> InputFields::recognise(const QStringList &headers)
{
  QSet<QString> letters;
  for (const QString &header : headers)
  {
    const QString trimmed = header.trimmed();
    if (trimmed.size() == 1 && QStringLiteral("LSECM").contains(trimmed.toUpper()))
      letters.insert(trimmed.toUpper());
  }
  const QMap<QString, QString> letterTargets = singleLetterTargets(letters);
  QMap<QString, QStringList> candidates;
  for (const QString &header : headers)
  {
    const QString trimmed = header.trimmed();
    QString target = aliases().value(trimmed.toLower());
    if (target.isEmpty() && trimmed.size() == 1)
      target = letterTargets.value(trimmed.toUpper());
    if (!target.isEmpty())
      candidates[target] << header;
  }
  return candidates;
}

bool InputFields::resolve(const QStringList &headers, const QMap<QString, QString> &overrides,
                          QMap<QString, QString> &targetToHeader, QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return false;
  };
  targetToHeader.clear();
  QSet<QString> claimedHeaders;
  for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
  {
    if (!targets().contains(it.key()))
      return fail(Tr::tr("unknown target field \"%1\" in --map (known: %2)")
                      .arg(it.key(), targets().join(QStringLiteral(", "))));
    if (it.value().isEmpty())
      continue; // the analyst chose no column for this target
    if (!headers.contains(it.value()))
      return fail(Tr::tr("--map %1=%2: the file has no column \"%2\"").arg(it.key(), it.value()));
    targetToHeader.insert(it.key(), it.value());
    claimedHeaders.insert(it.value());
  }

  const QMap<QString, QStringList> candidates = recognise(headers);
  for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
  {
    if (overrides.contains(it.key()))
      continue;
    QStringList free;
    for (const QString &header : it.value())
    {
      if (!claimedHeaders.contains(header))
        free << header;
    }
    if (free.size() > 1)
      return fail(Tr::tr("columns \"%1\" and \"%2\" both look like the field \"%3\"; choose one "
                         "with --map %3=COLUMN")
                      .arg(free.at(0), free.at(1), it.key()));
    if (!free.isEmpty())
      targetToHeader.insert(it.key(), free.first());
  }
  return true;
}

QString InputFields::label(const QString &field, const Language &language)
{
  static const QHash<QString, const char *> labels{
      {QStringLiteral("likelihood"), QT_TRANSLATE_NOOP("InputFields", "Likelihood")},
      {QStringLiteral("severity"), QT_TRANSLATE_NOOP("InputFields", "Severity")},
      {QStringLiteral("lec_l"), QT_TRANSLATE_NOOP("InputFields", "L (likelihood of an accident)")},
      {QStringLiteral("lec_e"), QT_TRANSLATE_NOOP("InputFields", "E (exposure)")},
      {QStringLiteral("lec_c"), QT_TRANSLATE_NOOP("InputFields", "C (consequence)")},
      {QStringLiteral("mes_m"), QT_TRANSLATE_NOOP("InputFields", "M (control measures)")},
      {QStringLiteral("mes_e"), QT_TRANSLATE_NOOP("InputFields", "E (exposure)")},
      {QStringLiteral("mes_s"), QT_TRANSLATE_NOOP("InputFields", "S (consequence)")},
      {QStringLiteral("control"), QT_TRANSLATE_NOOP("InputFields", "Control level")}};
  const char *label = labels.value(field);
  return label ? language.translate("InputFields", label) : field;
}

} // namespace riskatlas
