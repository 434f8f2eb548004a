#include "explanationtext.h"

#include <QStringList>
#include <algorithm>

namespace riskatlas
{

namespace
{
QString number(double value)
{
  return QString::number(value, 'g', 6);
}

QString level(RiskLevel value, const Language &language)
{
  return levelName(value, language.code());
}

//! "  R ≥ 20        major risk   ← R = 20": every band, the hit one marked.
QStringList bandLines(const BandExplanation &bands, const Language &language)
{
  QStringList lines;
  lines << QStringLiteral("  ") + boundaryRuleText(bands.rule, language);
  int width = 0;
  for (const BandExplanation::Row &row : bands.rows)
    width = std::max(width, static_cast<int>(row.range.size()));
  for (const BandExplanation::Row &row : bands.rows)
  {
    QString line = QStringLiteral("  %1 %2  %3")
                       .arg(row.hit ? QStringLiteral("→") : QStringLiteral(" "),
                            row.range.leftJustified(width), level(row.level, language));
    if (row.hit)
      line += QStringLiteral("   (%1 = %2)").arg(bands.symbol, number(bands.value));
    lines << line;
  }
  return lines;
}

QStringList matrixLines(const ExplainedMatrix &matrix, const Language &language)
{
  QStringList lines;
  auto cellText = [&](int l, int s)
  {
    const QString text =
        matrix.cellTable ? levelKey(matrix.levelAt(l, s)).left(3) : QString::number(l * s);
    return l == matrix.likelihood && s == matrix.severity ? QStringLiteral("[%1]").arg(text)
                                                          : QStringLiteral(" %1 ").arg(text);
  };
  QString header = QStringLiteral("  L \\ S ");
  for (int s = 1; s <= matrix.severitySteps; ++s)
    header += QString::number(s).rightJustified(6);
  lines << header;
  for (int l = matrix.likelihoodSteps; l >= 1; --l)
  {
    QString row = QStringLiteral("  %1     ").arg(l, 2);
    for (int s = 1; s <= matrix.severitySteps; ++s)
      row += cellText(l, s).rightJustified(6);
    while (row.endsWith(QLatin1Char(' '))) // the last cell's padding
      row.chop(1);
    lines << row;
  }
  if (matrix.hasHit())
    lines << QStringLiteral("  ") +
                 language.translate("Explanation", "Cell L = %1, S = %2: %3")
                     .arg(matrix.likelihood)
                     .arg(matrix.severity)
                     .arg(level(matrix.levelAt(matrix.likelihood, matrix.severity), language));
  return lines;
}

QString memberLine(const RegionMemberFacts &member, const Language &language)
{
  QString line = QStringLiteral("%1 %2 (%3) %4")
                     .arg(member.unitId, member.name, member.sector, level(member.level, language));
  if (member.share < 1.0)
    line += QStringLiteral(" ") +
            language.translate("Explanation", "share %1").arg(number(member.share));
  return line.simplified().prepend(QStringLiteral("  "));
}
} // namespace

QString boundaryRuleText(BandTable::BoundaryRule rule, const Language &language)
{
  return rule == BandTable::BoundaryRule::LowerInclusive
             ? language.translate("Explanation",
                                  "Bands, lower bound inclusive: a value equal to a bound belongs "
                                  "to the band above it.")
             : language.translate("Explanation",
                                  "Bands, upper bound inclusive: a value equal to a bound belongs "
                                  "to the band below it.");
}

QString correctionText(const UnitExplanation &explanation, const Language &language)
{
  const ExplainedCorrection &correction = explanation.correction;
  if (!explanation.scored)
    return language.translate("Explanation", "No correction: the unit is not scored.");
  if (correction.control == ControlLevel::Unknown)
    return language
        .translate("Explanation", "Control level not given: no correction, the level stays %1.")
        .arg(level(correction.level, language));
  QString given = correction.given;
  if (correction.mode == ControlCorrection::Mode::Coefficient)
  {
    if (!correction.bands)
      return language
          .translate("Explanation", "Control level %1: a coefficient needs score bands, which "
                                    "this matrix lacks; the level stays %2.")
          .arg(given, level(correction.level, language));
    return language
        .translate("Explanation",
                   "Control level %1: the score is multiplied by %2, giving %3, which falls in "
                   "the band of %4.")
        .arg(given, number(correction.coefficient), number(correction.bands->value),
             level(correction.level, language));
  }
  const QString effect = correction.effect == QLatin1String("lowered")
                             ? language.translate("Explanation", "lowered")
                             : (correction.effect == QLatin1String("raised")
                                    ? language.translate("Explanation", "raised")
                                    : language.translate("Explanation", "kept"));
  return language
      .translate("Explanation", "Control level %1 shifts the level by %2 (never below low nor "
                                "above major): %3, %4.")
      .arg(given)
      .arg(correction.shift)
      .arg(effect, level(correction.level, language));
}

QString unitExplanationText(const UnitExplanation &explanation, const Language &language)
{
  QStringList lines;
  lines << language.translate("Explanation", "Unit %1 %2")
               .arg(explanation.unitId, explanation.name)
               .trimmed();
  lines << language.translate("Explanation", "Category: %1 %2 · sector: %3 %4")
               .arg(explanation.categoryCode, explanation.categoryName, explanation.sectorCode,
                    explanation.sectorName);
  QString assigned = language.translate("Explanation", "the method set's default method");
  if (explanation.assignedBy == QLatin1String("sector"))
    assigned = language.translate("Explanation", "assigned to the sector");
  else if (explanation.assignedBy == QLatin1String("category"))
    assigned = language.translate("Explanation", "assigned to the category");
  lines << language.translate("Explanation", "Method: %1, %2 (%3)")
               .arg(explanation.methodName, explanation.formula, assigned);
  lines << language.translate("Explanation", "Inputs:");
  for (const ExplainedInput &input : explanation.inputs)
  {
    const QString name =
        input.symbol.isEmpty() ? language.translate("Explanation", "control level") : input.symbol;
    QString line =
        QStringLiteral("  %1 = %2")
            .arg(name, input.value.isEmpty() ? language.translate("Explanation", "(not given)")
                                             : input.value);
    if (!input.descriptor.isEmpty())
      line += QStringLiteral("  (%1)").arg(input.descriptor);
    lines << line;
  }
  if (!explanation.scored)
  {
    lines << language.translate("Explanation", "Not scored: %1 = \"%2\"; allowed: %3")
                 .arg(explanation.problem.field, explanation.problem.value,
                      explanation.problem.allowed);
  }
  else
  {
    QStringList values;
    for (const ExplainedInput &input : explanation.inputs)
    {
      if (!input.symbol.isEmpty())
        values << input.value;
    }
    const QString scoreSymbol = explanation.formula.section(QLatin1Char(' '), 0, 0);
    lines << language.translate("Explanation", "Score: %1 = %2 = %3")
                 .arg(scoreSymbol, values.join(QStringLiteral(" × ")), number(explanation.score));
    if (explanation.matrix)
      lines << matrixLines(*explanation.matrix, language);
    if (explanation.bands)
      lines << bandLines(*explanation.bands, language);
    if (!explanation.grade.isEmpty())
      lines << language.translate("Explanation", "Grade: %1").arg(explanation.grade);
    lines << language.translate("Explanation", "Inherent level: %1")
                 .arg(level(explanation.inherentLevel, language));
  }
  lines << language.translate("Explanation", "Correction: %1")
               .arg(correctionText(explanation, language));
  if (explanation.overrideLevel != RiskLevel::None)
    lines << language.translate("Explanation", "Override by the analyst: %1; reason: %2")
                 .arg(level(explanation.overrideLevel, language), explanation.overrideReason);
  lines << language.translate("Explanation", "Final level: %1")
               .arg(level(explanation.finalLevel, language));
  if (!explanation.assessed)
    lines << language.translate("Explanation",
                                "Not assessed yet: this is the level the next assessment gives.");
  else if (!explanation.matchesStored)
    lines << language
                 .translate("Explanation", "The project stores %1: the inputs or the method "
                                           "set changed since the last assessment.")
                 .arg(level(explanation.storedLevel, language));
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString regionExplanationText(const RegionExplanation &explanation, const Language &language)
{
  QStringList lines;
  lines << QStringLiteral("%1 %2 %3")
               .arg(explanation.kindName, explanation.regionId, explanation.name)
               .trimmed();
  QString rule;
  switch (explanation.rule)
  {
  case AggregationRule::Max:
    rule = language.translate("Explanation", "max: the highest final level of its units");
    break;
  case AggregationRule::Weighted:
    rule = language.translate("Explanation", "weighted: the composite index of its units");
    break;
  case AggregationRule::Density:
    rule = language.translate("Explanation", "density: major and significant units per km²");
    break;
  }
  lines << language.translate("Explanation", "Aggregation rule: %1").arg(rule);
  QStringList counts;
  for (RiskLevel value : assessedLevels())
    counts
        << QStringLiteral("%1 %2").arg(level(value, language)).arg(explanation.counts.count(value));
  lines << language.translate("Explanation", "Units: %1 (%2)")
               .arg(explanation.units)
               .arg(counts.join(QStringLiteral(", ")));
  switch (explanation.rule)
  {
  case AggregationRule::Max:
    if (explanation.deciding.isEmpty())
      lines << language.translate("Explanation", "No scored unit: the region has no level.");
    else
    {
      const int count = static_cast<int>(explanation.deciding.size());
      const QString heading =
          language.translate("Explanation", "Decided by the %n unit(s) at %1:", nullptr, count);
      lines << heading.arg(level(explanation.aggregatedLevel, language));
      for (const RegionMemberFacts &member : explanation.deciding)
        lines << memberLine(member, language);
    }
    break;
  case AggregationRule::Weighted:
    lines << language.translate("Explanation",
                                "Index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4):");
    for (const ExplainedIndexTerm &term : explanation.terms)
      lines << language.translate("Explanation", "  %1 %2: weight %3 × mean %4 (%5 units)")
                   .arg(term.group, term.name, number(term.weight), number(term.value),
                        number(term.shares));
    lines << language.translate("Explanation", "I = %1 (Σ weight %2)")
                 .arg(number(explanation.index), number(explanation.weightSum));
    break;
  case AggregationRule::Density:
    lines << language
                 .translate("Explanation",
                            "Density ρ = %1 major or significant unit(s) ÷ %2 km² = %3 per km²")
                 .arg(number(explanation.majorOrSignificant), number(explanation.areaKm2),
                      number(explanation.index));
    break;
  }
  if (explanation.bands)
    lines << bandLines(*explanation.bands, language);
  if (explanation.rule != AggregationRule::Max)
    lines << language.translate("Explanation", "Level by the rule: %1")
                 .arg(level(explanation.aggregatedLevel, language));
  for (const RegionExplanation::Influence &source : explanation.influence)
    lines << (source.raises
                  ? language.translate("Explanation",
                                       "Raised to %1 by the hazard influence zone of %2 %3")
                  : language.translate("Explanation",
                                       "Reached by the hazard influence zone of %2 %3 (%1)"))
                 .arg(level(source.unit.level, language), source.unit.unitId, source.unit.name);
  lines << language.translate("Explanation", "Final level: %1")
               .arg(level(explanation.finalLevel, language));
  if (!explanation.assessed)
    lines << language.translate("Explanation",
                                "Not assessed yet: this is the level the next assessment gives.");
  else if (!explanation.matchesStored)
    lines << language
                 .translate("Explanation", "The project stores %1: units or the method set "
                                           "changed since the last assessment.")
                 .arg(level(explanation.storedLevel, language));
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace riskatlas
