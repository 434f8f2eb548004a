#include "explanationview.h"

#include "explanationtext.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
//! A level's colour faded towards white: the cells a unit does not hit.
QColor pale(const QColor &colour)
{
  return QColor::fromRgbF(0.3 * colour.redF() + 0.7, 0.3 * colour.greenF() + 0.7,
                          0.3 * colour.blueF() + 0.7);
}

QString number(double value)
{
  return QString::number(value, 'g', 6);
}

QTableWidgetItem *item(const QString &text)
{
  auto *cell = new QTableWidgetItem(text);
  cell->setFlags(Qt::ItemIsEnabled);
  return cell;
}

//! Fixes a table's height to its rows, so the page scrolls as one.
void fitHeight(QTableWidget *table)
{
  table->resizeColumnsToContents();
  table->resizeRowsToContents();
  // The header's size hint: its height is not laid out before the table is shown.
  int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
  for (int row = 0; row < table->rowCount(); ++row)
    height += table->rowHeight(row);
  table->setFixedHeight(height);
  table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}
} // namespace

ExplanationView::ExplanationView(QWidget *parent)
    : QWidget(parent), mPage(nullptr), mLayout(nullptr), mMatrix(nullptr), mBands(nullptr)
{
  auto *scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("scroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll);
  clear();
}

void ExplanationView::clear()
{
  mPage = new QWidget;
  mLayout = new QVBoxLayout(mPage);
  mMatrix = nullptr;
  mBands = nullptr;
  mMatrixHit = QPoint(-1, -1);
  mBandHit = -1;
  // The scroll area deletes the previous page.
  findChild<QScrollArea *>(QStringLiteral("scroll"))->setWidget(mPage);
}

void ExplanationView::setExplanation(const Explanation &explanation, const LevelPalette &palette)
{
  mExplanation = explanation;
  mPalette = palette;
  clear();
  if (explanation.isRegion)
    showRegion(explanation.region);
  else
    showUnit(explanation.unit);
  mLayout->addStretch(1);
}

QString ExplanationView::levelChip(RiskLevel level) const
{
  return QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
      .arg(mPalette.color(level), mPalette.textColor(level),
           levelName(level, mExplanation.language()).toHtmlEscaped());
}

QLabel *ExplanationView::addText(const QString &text, const QString &objectName)
{
  auto *label = new QLabel(text, mPage);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  if (!objectName.isEmpty())
    label->setObjectName(objectName);
  mLayout->addWidget(label);
  return label;
}

QTableWidget *ExplanationView::addTable(const QString &objectName, const QStringList &headers,
                                        const QList<QStringList> &rows)
{
  auto *table =
      new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), mPage);
  table->setObjectName(objectName);
  table->setHorizontalHeaderLabels(headers);
  table->verticalHeader()->hide();
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  table->horizontalHeader()->setStretchLastSection(true);
  for (int row = 0; row < rows.size(); ++row)
    for (int column = 0; column < rows.at(row).size(); ++column)
      table->setItem(row, column, item(rows.at(row).at(column)));
  fitHeight(table);
  mLayout->addWidget(table);
  return table;
}

void ExplanationView::showUnit(const UnitExplanation &unit)
{
  const Language &language = Language::get(unit.language);
  addText(
      QStringLiteral("<h2>%1 %2 — %3</h2>")
          .arg(unit.unitId.toHtmlEscaped(), unit.name.toHtmlEscaped(), levelChip(unit.finalLevel)),
      QStringLiteral("title"));
  QString assigned = tr("the method set's default method");
  if (unit.assignedBy == QLatin1String("sector"))
    assigned = tr("assigned to the sector");
  else if (unit.assignedBy == QLatin1String("category"))
    assigned = tr("assigned to the category");
  addText(tr("%1 · %2 %3<br><b>%4</b>, %5 (%6)")
              .arg(unit.categoryName.toHtmlEscaped(), unit.sectorCode.toHtmlEscaped(),
                   unit.sectorName.toHtmlEscaped(), unit.methodName.toHtmlEscaped(),
                   unit.formula.toHtmlEscaped(), assigned));

  QList<QStringList> inputs;
  for (const ExplainedInput &input : unit.inputs)
    inputs << QStringList{input.symbol.isEmpty() ? tr("Control level") : input.symbol,
                          input.value.isEmpty() ? tr("(not given)") : input.value,
                          input.descriptor};
  addTable(QStringLiteral("inputs"), {tr("Input"), tr("Value"), tr("Meaning")}, inputs);

  if (!unit.scored)
    addText(tr("Not scored: %1 = \"%2\"; allowed: %3")
                .arg(unit.problem.field, unit.problem.value, unit.problem.allowed)
                .toHtmlEscaped(),
            QStringLiteral("problem"));
  else
  {
    QStringList values;
    for (const ExplainedInput &input : unit.inputs)
    {
      if (!input.symbol.isEmpty())
        values << input.value;
    }
    QString score = QStringLiteral("%1 = %2 = <b>%3</b>")
                        .arg(unit.formula.section(QLatin1Char(' '), 0, 0),
                             values.join(QStringLiteral(" × ")), number(unit.score));
    if (!unit.grade.isEmpty())
      score += QStringLiteral(" (%1)").arg(unit.grade.toHtmlEscaped());
    addText(score, QStringLiteral("score"));
    if (unit.matrix)
      fillMatrix(*unit.matrix);
    if (unit.bands)
      fillBands(*unit.bands);
    addText(tr("Inherent level: %1").arg(levelChip(unit.inherentLevel)));
  }
  addText(tr("Correction: %1").arg(correctionText(unit, language).toHtmlEscaped()),
          QStringLiteral("correction"));
  if (unit.overrideLevel != RiskLevel::None)
    addText(tr("Override by the analyst: %1<br>Reason: %2")
                .arg(levelChip(unit.overrideLevel), unit.overrideReason.toHtmlEscaped()),
            QStringLiteral("override"));
  addText(tr("<b>Final level: %1</b>").arg(levelChip(unit.finalLevel)), QStringLiteral("final"));
  if (!unit.assessed)
    addText(tr("Not assessed yet: this is the level the next assessment gives."));
  else if (!unit.matchesStored)
    addText(tr("The project stores %1: the inputs or the method set changed since the last "
               "assessment.")
                .arg(levelChip(unit.storedLevel)),
            QStringLiteral("stale"));
}

void ExplanationView::fillMatrix(const ExplainedMatrix &matrix)
{
  mMatrix = new QTableWidget(matrix.likelihoodSteps, matrix.severitySteps, mPage);
  mMatrix->setObjectName(QStringLiteral("matrix"));
  mMatrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mMatrix->setSelectionMode(QAbstractItemView::NoSelection);
  QStringList columns;
  for (int s = 1; s <= matrix.severitySteps; ++s)
    columns << QStringLiteral("S %1\n%2").arg(s).arg(matrix.severityLabels.value(s - 1));
  QStringList rows;
  for (int l = matrix.likelihoodSteps; l >= 1; --l)
    rows << QStringLiteral("L %1 %2").arg(l).arg(matrix.likelihoodLabels.value(l - 1));
  mMatrix->setHorizontalHeaderLabels(columns);
  mMatrix->setVerticalHeaderLabels(rows);
  for (int l = 1; l <= matrix.likelihoodSteps; ++l)
  {
    const int row = matrix.likelihoodSteps - l;
    for (int s = 1; s <= matrix.severitySteps; ++s)
    {
      const RiskLevel level = matrix.levelAt(l, s);
      const bool hit = l == matrix.likelihood && s == matrix.severity;
      QTableWidgetItem *cell = item(matrix.cellTable ? levelName(level, mExplanation.language())
                                                     : QString::number(l * s));
      cell->setTextAlignment(Qt::AlignCenter);
      const QColor colour(mPalette.color(level));
      cell->setBackground(hit ? colour : pale(colour));
      cell->setForeground(hit ? QColor(mPalette.textColor(level)) : QColor(Qt::black));
      if (hit)
      {
        QFont font = cell->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        cell->setFont(font);
        cell->setText(QStringLiteral("▶ %1 ◀").arg(cell->text()));
        cell->setToolTip(tr("The unit's cell: L = %1, S = %2").arg(l).arg(s));
        mMatrixHit = QPoint(row, s - 1);
      }
      mMatrix->setItem(row, s - 1, cell);
    }
  }
  mMatrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  fitHeight(mMatrix);
  mLayout->addWidget(mMatrix);
}

void ExplanationView::fillBands(const BandExplanation &bands)
{
  addText(boundaryRuleText(bands.rule, Language::get(mExplanation.language())).toHtmlEscaped());
  QList<QStringList> rows;
  for (const BandExplanation::Row &row : bands.rows)
    rows << QStringList{
        levelName(row.level, mExplanation.language()),
        row.hit ? QStringLiteral("%1   ◀ %2 = %3").arg(row.range, bands.symbol, number(bands.value))
                : row.range};
  mBands = addTable(QStringLiteral("bands"), {tr("Level"), tr("Range")}, rows);
  mBandHit = bands.hitIndex();
  for (int row = 0; row < bands.rows.size(); ++row)
  {
    const RiskLevel level = bands.rows.at(row).level;
    const QColor colour(mPalette.color(level));
    const bool hit = row == mBandHit;
    for (int column = 0; column < 2; ++column)
    {
      QTableWidgetItem *cell = mBands->item(row, column);
      cell->setBackground(hit ? colour : (column == 0 ? pale(colour) : QColor(Qt::white)));
      cell->setForeground(hit ? QColor(mPalette.textColor(level)) : QColor(Qt::black));
      QFont font = cell->font();
      font.setBold(hit);
      cell->setFont(font);
    }
  }
}

void ExplanationView::showRegion(const RegionExplanation &region)
{
  addText(QStringLiteral("<h2>%1 %2 %3 — %4</h2>")
              .arg(region.kindName.toHtmlEscaped(), region.regionId.toHtmlEscaped(),
                   region.name.toHtmlEscaped(), levelChip(region.finalLevel)),
          QStringLiteral("title"));
  QStringList counts;
  for (RiskLevel level : assessedLevels())
    counts << QStringLiteral("%1 %2").arg(levelChip(level)).arg(region.counts.count(level));
  addText(tr("%n unit(s): %1", nullptr, region.units).arg(counts.join(QStringLiteral(" "))));
  switch (region.rule)
  {
  case AggregationRule::Max:
  {
    addText(tr("Rule: max — the region takes the highest final level of its units."));
    QList<QStringList> rows;
    for (const RegionMemberFacts &member : region.deciding)
      rows << QStringList{member.unitId, member.name, member.sector,
                          levelName(member.level, region.language)};
    if (rows.isEmpty())
      addText(tr("No scored unit: the region has no level."));
    else
    {
      addText(
          tr("Decided by the %n unit(s) at this level:", nullptr, static_cast<int>(rows.size())));
      QTableWidget *table = addTable(QStringLiteral("deciding"),
                                     {tr("Unit"), tr("Name"), tr("Sector"), tr("Level")}, rows);
      for (int row = 0; row < region.deciding.size(); ++row)
      {
        const RiskLevel level = region.deciding.at(row).level;
        table->item(row, 3)->setBackground(QColor(mPalette.color(level)));
        table->item(row, 3)->setForeground(QColor(mPalette.textColor(level)));
      }
    }
    break;
  }
  case AggregationRule::Weighted:
  {
    addText(tr("Rule: weighted — index I = Σ weight × mean level ÷ Σ weight (low 1 … major "
               "4)."));
    QList<QStringList> rows;
    for (const ExplainedIndexTerm &term : region.terms)
      rows << QStringList{QStringLiteral("%1 %2").arg(term.group, term.name), number(term.weight),
                          number(term.value), number(term.shares)};
    addTable(QStringLiteral("terms"), {tr("Group"), tr("Weight"), tr("Mean level"), tr("Units")},
             rows);
    addText(tr("I = <b>%1</b> (Σ weight %2)").arg(number(region.index), number(region.weightSum)),
            QStringLiteral("index"));
    break;
  }
  case AggregationRule::Density:
    addText(tr("Rule: density — major and significant units per km²."));
    addText(
        tr("ρ = %1 ÷ %2 km² = <b>%3</b> per km²")
            .arg(number(region.majorOrSignificant), number(region.areaKm2), number(region.index)),
        QStringLiteral("index"));
    break;
  }
  if (region.bands)
    fillBands(*region.bands);
  for (const RegionExplanation::Influence &source : region.influence)
    addText((source.raises ? tr("Raised to %1 by the hazard influence zone of %2 %3")
                           : tr("Reached by the hazard influence zone of %2 %3 (%1)"))
                .arg(levelChip(source.unit.level), source.unit.unitId.toHtmlEscaped(),
                     source.unit.name.toHtmlEscaped()),
            QStringLiteral("influence"));
  addText(tr("<b>Final level: %1</b>").arg(levelChip(region.finalLevel)), QStringLiteral("final"));
  if (!region.assessed)
    addText(tr("Not assessed yet: this is the level the next assessment gives."));
  else if (!region.matchesStored)
    addText(tr("The project stores %1: units or the method set changed since the last "
               "assessment.")
                .arg(levelChip(region.storedLevel)),
            QStringLiteral("stale"));
}

} // namespace riskatlas
