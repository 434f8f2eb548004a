#include "methoddescription.h"

#include "factorproductmethod.h"
#include "reporthtml.h"
#include "riskmatrixmethod.h"

namespace riskatlas
{

namespace
{
using namespace html;

QString matrixTable(const RiskMatrixMethod &matrix, const Language &language,
                    const LevelPalette &palette)
{
  QString text = tableStart();
  text += QStringLiteral("<tr><th bgcolor=\"#D9D9D9\">%1</th>")
              .arg(esc(language.translate("AssessmentReport", "Likelihood L \\ Severity S")));
  for (int s = 1; s <= matrix.severitySteps(); ++s)
  {
    const QString label = matrix.severityLabels().value(s - 1);
    text += QStringLiteral("<th bgcolor=\"#D9D9D9\">%1</th>")
                .arg(esc(label.isEmpty() ? QString::number(s)
                                         : QStringLiteral("%1 %2").arg(s).arg(label)));
  }
  text += QStringLiteral("</tr>");
  for (int l = matrix.likelihoodSteps(); l >= 1; --l)
  {
    const QString label = matrix.likelihoodLabels().value(l - 1);
    text += QStringLiteral("<tr><th bgcolor=\"#D9D9D9\">%1</th>")
                .arg(esc(label.isEmpty() ? QString::number(l)
                                         : QStringLiteral("%1 %2").arg(l).arg(label)));
    for (int s = 1; s <= matrix.severitySteps(); ++s)
      text += QStringLiteral("<td bgcolor=\"%1\" align=\"center\">%2</td>")
                  .arg(palette.color(matrix.levelAt(l, s)))
                  .arg(l * s);
    text += QStringLiteral("</tr>");
  }
  return text + QStringLiteral("</table>");
}

QString bandTable(const BandTable &bands, const QString &symbol, const Language &language,
                  const LevelPalette &palette)
{
  const bool lowerInclusive = bands.boundaryRule() == BandTable::BoundaryRule::LowerInclusive;
  QString text = paragraph(
      lowerInclusive
          ? language.translate("AssessmentReport", "Score bands (lower bound inclusive):")
          : language.translate("AssessmentReport", "Score bands (upper bound inclusive):"));
  text += tableStart() + headerRow({language.translate("AssessmentReport", "Level"),
                                    language.translate("AssessmentReport", "Score range")});
  const QString lowerOp = lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<");
  const QString upperOp = lowerInclusive ? QStringLiteral("<") : QStringLiteral("≤");
  double upper = 0.0;
  bool hasUpper = false;
  for (const ScoreBand &band : bands.bands())
  {
    QString range;
    if (band.hasLowerBound && hasUpper)
      range = QStringLiteral("%1 %2 %3 %4 %5")
                  .arg(number(band.lowerBound), lowerOp, symbol, upperOp, number(upper));
    else if (band.hasLowerBound)
      range = QStringLiteral("%1 %2 %3")
                  .arg(symbol, lowerInclusive ? QStringLiteral("≥") : QStringLiteral(">"),
                       number(band.lowerBound));
    else
      range = QStringLiteral("%1 %2 %3").arg(symbol, upperOp, number(upper));
    text += QStringLiteral("<tr>") + levelCell(band.level, language.code(), palette) + cell(range) +
            QStringLiteral("</tr>");
    upper = band.lowerBound;
    hasUpper = band.hasLowerBound;
  }
  return text + QStringLiteral("</table>");
}

QString factorTables(const FactorProductMethod &method, const Language &language)
{
  QString text;
  for (const FactorScale &factor : method.factors())
  {
    text += paragraph(language.translate("AssessmentReport", "Factor %1:").arg(factor.field()));
    text += tableStart() + headerRow({language.translate("AssessmentReport", "Value"),
                                      language.translate("AssessmentReport", "Meaning")});
    for (const ScaleValue &value : factor.values())
      text +=
          QStringLiteral("<tr>") + cell(number(value.value), QStringLiteral("align=\"right\"")) +
          cell(language.code() == QLatin1String("en") ? value.descriptorEn : value.descriptorZh) +
          QStringLiteral("</tr>");
    text += QStringLiteral("</table>");
  }
  return text;
}

QString describeMethod(const ScoringMethod &method, const Language &language,
                       const LevelPalette &palette)
{
  if (const auto *matrix = dynamic_cast<const RiskMatrixMethod *>(&method))
  {
    QString text = paragraph(language.translate("AssessmentReport", "Risk matrix %1×%2, R = L × S.")
                                 .arg(matrix->likelihoodSteps())
                                 .arg(matrix->severitySteps()));
    text += matrixTable(*matrix, language, palette);
    if (matrix->hasCellTable())
      return text + paragraph(language.translate("AssessmentReport",
                                                 "Levels are set cell by cell as coloured above."));
    return text + bandTable(matrix->bands(), QStringLiteral("R"), language, palette);
  }
  if (const auto *product = dynamic_cast<const FactorProductMethod *>(&method))
  {
    const bool lec = product->id() == QLatin1String("lec");
    QString text = paragraph(
        lec ? language.translate("AssessmentReport", "LEC (Graham–Kinney), D = L × E × C.")
            : language.translate("AssessmentReport", "MES, R = M × E × S."));
    text += factorTables(*product, language);
    return text + bandTable(product->bands(), lec ? QStringLiteral("D") : QStringLiteral("R"),
                            language, palette);
  }
  return paragraph(method.id());
}

QString correctionText(const ControlCorrection &correction, const Language &language)
{
  if (correction.mode() == ControlCorrection::Mode::Coefficient)
    return language
        .translate("AssessmentReport",
                   "Control-level correction (inherent → realistic): the score is multiplied by "
                   "%1 for good, %2 for fair and %3 for poor control, then banded again.")
        .arg(number(correction.coefficient(ControlLevel::Good)),
             number(correction.coefficient(ControlLevel::Fair)),
             number(correction.coefficient(ControlLevel::Poor)));
  return language
      .translate("AssessmentReport",
                 "Control-level correction (inherent → realistic): good %1, fair "
                 "%2, poor %3 level(s); never below low nor above major.")
      .arg(correction.shift(ControlLevel::Good))
      .arg(correction.shift(ControlLevel::Fair))
      .arg(correction.shift(ControlLevel::Poor));
}
} // namespace

QString describeMethodSet(const MethodSet &set, const Taxonomy &taxonomy, const Language &language)
{
  QString text = QStringLiteral("<h3>%1</h3>")
                     .arg(esc(language.translate("AssessmentReport", "Default method")));
  text += describeMethod(set.defaultMethod(), language, set.palette());
  auto describeTable = [&](const MethodSet::MethodTable &table, bool sectors)
  {
    QStringList keys = table.keys();
    keys.sort();
    for (const QString &key : keys)
    {
      QString name = key;
      if (const Category *category = sectors ? nullptr : taxonomy.category(key))
        name = category->name(language.code());
      else if (const Sector *sector = sectors ? taxonomy.findSector(key) : nullptr)
        name = QStringLiteral("%1 %2").arg(sector->code, sector->name(language.code()));
      text +=
          QStringLiteral("<h3>%1</h3>")
              .arg(esc(sectors ? language.translate("AssessmentReport", "Sector %1").arg(name)
                               : language.translate("AssessmentReport", "Category %1").arg(name)));
      text += describeMethod(*table.value(key), language, set.palette());
    }
  };
  describeTable(set.categoryMethods(), false);
  describeTable(set.sectorMethods(), true);
  text += paragraph(correctionText(set.controlCorrection(), language));
  text += paragraph(
      language.translate("AssessmentReport", "Method set hash (SHA-256): %1").arg(set.hash()));
  return text;
}

} // namespace riskatlas
