#include "reportmodel.h"

#include "factorproductmethod.h"
#include "language.h"
#include "regionkind.h"
#include "reportcomparison.h"
#include "reporthazards.h"
#include "riskmatrixmethod.h"

#include <QRegularExpression>
#include <algorithm>

namespace riskatlas
{

namespace
{

QString num(double value)
{
  return QString::number(value, 'g', 10);
}

//! Paragraphs separated by blank lines; a paragraph of "- " lines is a bullet list.
void appendText(QList<ReportBlock> &blocks, const QString &text)
{
  static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
  for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts))
  {
    const QStringList lines = paragraph.trimmed().split(QLatin1Char('\n'));
    const bool list = std::all_of(lines.begin(), lines.end(),
                                  [](const QString &line)
                                  { return line.trimmed().startsWith(QLatin1String("- ")); });
    if (list)
    {
      QStringList items;
      for (const QString &line : lines)
        items << line.trimmed().mid(2).trimmed();
      blocks << ReportBlock::bullets(items);
    }
    else
    {
      QStringList joined;
      for (const QString &line : lines)
        joined << line.trimmed();
      blocks << ReportBlock::paragraph(joined.join(QLatin1Char(' ')));
    }
  }
}

class Builder
{
public:
  Builder(const ReportInput &input, const ReportTemplates &templates)
      : in(input), templates(templates), language(Language::get(input.language)),
        code(language.code())
  {
    QString error;
    facts = templates.facts(&error);
    values = reportPlaceholders(input, facts);
  }

  ReportDocument build();

private:
  QString fill(const QString &name) const
  {
    return fillPlaceholders(templates.block(code, name), values);
  }
  ReportSection &chapter(const QString &title);
  ReportSection &section(const QString &title);
  ReportSection &annex(const QString &title);
  QStringList levelHeaders() const;
  QList<ReportCell> countCells(const LevelCounts &counts) const;
  QList<ColumnAlignment> alignments(int left, int right) const;
  ReportTable unitTable(const QList<ReportUnitRow> &units, bool coloured = true) const;
  ReportTable regionTable(const QList<RegionSummary> &regions, bool categories) const;
  QList<ReportBlock> describeMethod(const ScoringMethod &method) const;
  ReportTable bandTable(const BandTable &bands, const QString &symbol) const;
  QString categoryName(const QString &categoryCode) const;

  void general();
  void profile();
  void identification();
  void analysis();
  void evaluation();
  void regional();
  void measures();
  void conclusion();
  void hazardGovernance();
  void previousComparison();
  void annexes();

  const ReportInput &in;
  const ReportTemplates &templates;
  const Language &language;
  QString code;
  QMap<QString, QString> facts;
  QMap<QString, QString> values;
  ReportDocument doc;
  int chapters = 0;
  int sections = 0;
  int annexCount = 0;
};

ReportSection &Builder::chapter(const QString &title)
{
  sections = 0;
  ReportSection s;
  s.level = 1;
  s.number = QString::number(++chapters);
  s.title = title;
  doc.sections << s;
  return doc.sections.last();
}

ReportSection &Builder::section(const QString &title)
{
  ReportSection s;
  s.level = 2;
  s.number = QStringLiteral("%1.%2").arg(chapters).arg(++sections);
  s.title = title;
  doc.sections << s;
  return doc.sections.last();
}

ReportSection &Builder::annex(const QString &title)
{
  ReportSection s;
  s.level = 1;
  s.annex = true;
  s.number = QString(QChar(QLatin1Char('A').unicode() + annexCount++));
  s.title = title;
  doc.sections << s;
  return doc.sections.last();
}

QStringList Builder::levelHeaders() const
{
  QStringList headers;
  for (RiskLevel level : assessedLevels())
    headers << levelName(level, code);
  return headers;
}

QList<ReportCell> Builder::countCells(const LevelCounts &counts) const
{
  QList<ReportCell> cells;
  for (RiskLevel level : assessedLevels())
    cells << ReportCell(QString::number(counts.count(level)));
  cells << ReportCell(QString::number(counts.total()));
  return cells;
}

QList<ColumnAlignment> Builder::alignments(int left, int right) const
{
  QList<ColumnAlignment> result;
  for (int i = 0; i < left; ++i)
    result << ColumnAlignment::Left;
  for (int i = 0; i < right; ++i)
    result << ColumnAlignment::Right;
  return result;
}

QString Builder::categoryName(const QString &categoryCode) const
{
  const Category *category = in.taxonomy ? in.taxonomy->category(categoryCode) : nullptr;
  return category ? category->name(code) : categoryCode;
}

ReportTable Builder::unitTable(const QList<ReportUnitRow> &units, bool coloured) const
{
  ReportTable table;
  table.header = QStringList{language.translate("ReportDocument", "No."),
                             language.translate("ReportDocument", "Unit ID"),
                             language.translate("ReportDocument", "Name"),
                             language.translate("ReportDocument", "Sector"),
                             language.translate("ReportDocument", "Region"),
                             language.translate("ReportDocument", "Score"),
                             language.translate("ReportDocument", "Inherent"),
                             language.translate("ReportDocument", "Final")};
  table.alignments = {ColumnAlignment::Right,  ColumnAlignment::Left,  ColumnAlignment::Left,
                      ColumnAlignment::Left,   ColumnAlignment::Left,  ColumnAlignment::Right,
                      ColumnAlignment::Center, ColumnAlignment::Center};
  int number = 0;
  for (const ReportUnitRow &unit : units)
    table.rows << QList<ReportCell>{
        ReportCell(QString::number(++number)),
        ReportCell(unit.id),
        ReportCell(unit.name),
        ReportCell(unit.sectorName),
        ReportCell(unit.region),
        ReportCell(unit.inherentLevel == RiskLevel::None ? QString() : num(unit.score)),
        ReportCell(levelName(unit.inherentLevel, code),
                   coloured ? unit.inherentLevel : RiskLevel::None),
        ReportCell(levelName(unit.finalLevel, code), coloured ? unit.finalLevel : RiskLevel::None)};
  return table;
}

ReportTable Builder::regionTable(const QList<RegionSummary> &regions, bool categories) const
{
  ReportTable table;
  table.header = QStringList{language.translate("ReportDocument", "Code"),
                             language.translate("ReportDocument", "Name"),
                             language.translate("ReportDocument", "Level"),
                             language.translate("ReportDocument", "Units")} +
                 levelHeaders();
  table.alignments = alignments(2, 0);
  table.alignments << ColumnAlignment::Center;
  table.alignments << alignments(0, 5);
  QList<const Category *> shown;
  if (categories && in.taxonomy)
    for (const Category &category : in.taxonomy->categories())
      if (in.summary.byCategory.value(category.code).total() > 0)
      {
        shown << &category;
        table.header << category.name(code);
        table.alignments << ColumnAlignment::Center;
      }
  for (const RegionSummary &region : regions)
  {
    QList<ReportCell> row{ReportCell(region.id), ReportCell(region.name),
                          ReportCell(levelName(region.result.level, code), region.result.level),
                          ReportCell(QString::number(region.result.units))};
    for (RiskLevel level : assessedLevels())
      row << ReportCell(QString::number(region.result.counts.count(level)));
    for (const Category *category : shown)
    {
      const RiskLevel level = region.categoryLevels.value(category->code, RiskLevel::None);
      row << ReportCell(levelName(level, code), level);
    }
    table.rows << row;
  }
  return table;
}

ReportTable Builder::bandTable(const BandTable &bands, const QString &symbol) const
{
  const bool lowerInclusive = bands.boundaryRule() == BandTable::BoundaryRule::LowerInclusive;
  ReportTable table;
  table.header = QStringList{language.translate("ReportDocument", "Level"),
                             language.translate("ReportDocument", "Score range")};
  table.alignments = {ColumnAlignment::Center, ColumnAlignment::Left};
  table.caption =
      lowerInclusive
          ? language.translate("ReportDocument",
                               "Score bands: a score equal to a lower bound belongs to "
                               "that band (lower bound inclusive).")
          : language.translate("ReportDocument",
                               "Score bands: a score equal to a bound belongs to the band "
                               "below (upper bound inclusive).");
  const QString lowerOp = lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<");
  const QString upperOp = lowerInclusive ? QStringLiteral("<") : QStringLiteral("≤");
  double upper = 0.0;
  bool hasUpper = false;
  for (const ScoreBand &band : bands.bands())
  {
    QString range;
    if (band.hasLowerBound && hasUpper)
      range = QStringLiteral("%1 %2 %3 %4 %5")
                  .arg(num(band.lowerBound), lowerOp, symbol, upperOp, num(upper));
    else if (band.hasLowerBound)
      range = QStringLiteral("%1 %2 %3")
                  .arg(symbol, lowerInclusive ? QStringLiteral("≥") : QStringLiteral(">"),
                       num(band.lowerBound));
    else
      range = QStringLiteral("%1 %2 %3").arg(symbol, upperOp, num(upper));
    table.rows << QList<ReportCell>{ReportCell(levelName(band.level, code), band.level),
                                    ReportCell(range)};
    upper = band.lowerBound;
    hasUpper = band.hasLowerBound;
  }
  return table;
}

QList<ReportBlock> Builder::describeMethod(const ScoringMethod &method) const
{
  QList<ReportBlock> blocks;
  if (const auto *matrix = dynamic_cast<const RiskMatrixMethod *>(&method))
  {
    blocks << ReportBlock::paragraph(
        language
            .translate("ReportDocument", "Risk matrix %1×%2: R = L × S, from the likelihood L and "
                                         "the severity S of the unit's most serious accident.")
            .arg(matrix->likelihoodSteps())
            .arg(matrix->severitySteps()));
    ReportTable table;
    table.header << language.translate("ReportDocument", "L \\ S");
    table.alignments << ColumnAlignment::Left;
    for (int s = 1; s <= matrix->severitySteps(); ++s)
    {
      const QString label = matrix->severityLabels().value(s - 1);
      table.header << (label.isEmpty() ? QString::number(s)
                                       : QStringLiteral("%1 %2").arg(s).arg(label));
      table.alignments << ColumnAlignment::Center;
    }
    for (int l = matrix->likelihoodSteps(); l >= 1; --l)
    {
      const QString label = matrix->likelihoodLabels().value(l - 1);
      QList<ReportCell> row{ReportCell(
          label.isEmpty() ? QString::number(l) : QStringLiteral("%1 %2").arg(l).arg(label))};
      for (int s = 1; s <= matrix->severitySteps(); ++s)
        row << ReportCell(QString::number(l * s), matrix->levelAt(l, s));
      table.rows << row;
    }
    table.caption = language.translate(
        "ReportDocument", "Risk matrix: each cell gives R = L × S in the colour of its level.");
    blocks << ReportBlock::tableBlock(table);
    if (matrix->hasCellTable())
      blocks << ReportBlock::paragraph(
          language.translate("ReportDocument", "Levels are set cell by cell as coloured above."));
    else
      blocks << ReportBlock::tableBlock(bandTable(matrix->bands(), QStringLiteral("R")));
    return blocks;
  }
  if (const auto *product = dynamic_cast<const FactorProductMethod *>(&method))
  {
    const bool lec = product->id() == QLatin1String("lec");
    blocks << ReportBlock::paragraph(
        lec ? language.translate("ReportDocument", "LEC (Graham–Kinney): D = L × E × C.")
            : language.translate("ReportDocument", "MES: R = M × E × S."));
    for (const FactorScale &factor : product->factors())
    {
      ReportTable table;
      table.caption =
          language.translate("ReportDocument", "Factor %1: values and their descriptors.")
              .arg(factor.field());
      table.header = QStringList{language.translate("ReportDocument", "Value"),
                                 language.translate("ReportDocument", "Descriptor")};
      table.alignments = {ColumnAlignment::Right, ColumnAlignment::Left};
      for (const ScaleValue &value : factor.values())
        table.rows << QList<ReportCell>{
            ReportCell(num(value.value)),
            ReportCell(code == QLatin1String("en") ? value.descriptorEn : value.descriptorZh)};
      blocks << ReportBlock::tableBlock(table);
    }
    blocks << ReportBlock::tableBlock(
        bandTable(product->bands(), lec ? QStringLiteral("D") : QStringLiteral("R")));
    return blocks;
  }
  blocks << ReportBlock::paragraph(method.id());
  return blocks;
}

void Builder::general()
{
  chapter(language.translate("ReportDocument", "General"));
  appendText(section(language.translate("ReportDocument", "Purpose")).blocks,
             fill(QStringLiteral("purpose")));
  appendText(section(language.translate("ReportDocument", "Basis")).blocks,
             fill(QStringLiteral("basis")));
  ReportSection &scope = section(language.translate("ReportDocument", "Scope"));
  appendText(scope.blocks, fill(QStringLiteral("scope")));
  QStringList categories;
  if (in.taxonomy)
    for (const Category &category : in.taxonomy->categories())
      categories << language.translate("ReportDocument", "%1: %2 risk units")
                        .arg(category.name(code))
                        .arg(in.summary.byCategory.value(category.code).total());
  scope.blocks << ReportBlock::bullets(categories);
  appendText(section(language.translate("ReportDocument", "Methods")).blocks,
             fill(QStringLiteral("methods")));
  appendText(section(language.translate("ReportDocument", "Organisation")).blocks,
             fill(QStringLiteral("organisation")));
}

void Builder::profile()
{
  ReportSection &profile = chapter(language.translate("ReportDocument", "City profile"));
  appendText(profile.blocks, fill(QStringLiteral("profile")));
  if (!facts.value(QStringLiteral("accidents")).isEmpty())
    appendText(profile.blocks, facts.value(QStringLiteral("accidents")));
  ReportTable table;
  table.caption =
      language.translate("ReportDocument", "Districts and their risk units (in code order).");
  table.header = QStringList{language.translate("ReportDocument", "Code"),
                             language.translate("ReportDocument", "District"),
                             language.translate("ReportDocument", "Units")} +
                 levelHeaders();
  table.alignments = alignments(2, 5);
  QList<RegionSummary> districts;
  for (const RegionSummary &region : in.summary.regions)
    if (region.kind == regionKindKey(RegionKind::District))
      districts << region;
  std::sort(districts.begin(), districts.end(),
            [](const RegionSummary &a, const RegionSummary &b) { return a.id < b.id; });
  for (const RegionSummary &region : districts)
  {
    QList<ReportCell> row{ReportCell(region.id), ReportCell(region.name),
                          ReportCell(QString::number(region.result.units))};
    for (RiskLevel level : assessedLevels())
      row << ReportCell(QString::number(region.result.counts.count(level)));
    table.rows << row;
  }
  profile.blocks << ReportBlock::tableBlock(table);
}

void Builder::identification()
{
  ReportSection &chapterSection =
      chapter(language.translate("ReportDocument", "Risk identification"));
  chapterSection.blocks << ReportBlock::paragraph(
      language
          .translate("ReportDocument", "%1 risk units were identified in %2 categories and %3 "
                                       "sectors; %4 of them were scored.")
          .arg(in.summary.units)
          .arg(std::count_if(in.summary.byCategory.begin(), in.summary.byCategory.end(),
                             [](const LevelCounts &c) { return c.total() > 0; }))
          .arg(std::count_if(in.bySector.begin(), in.bySector.end(),
                             [](const LevelCounts &c) { return c.total() > 0; }))
          .arg(in.summary.scored));

  ReportSection &byCategory =
      section(language.translate("ReportDocument", "Risk units by category"));
  ReportTable categories;
  categories.caption =
      language.translate("ReportDocument", "Risk units by category and final level.");
  categories.header = QStringList{language.translate("ReportDocument", "Category")} + levelHeaders()
                      << language.translate("ReportDocument", "Total");
  categories.alignments = alignments(1, 5);
  if (in.taxonomy)
    for (const Category &category : in.taxonomy->categories())
      categories.rows << (QList<ReportCell>{ReportCell(category.name(code))} +
                          countCells(in.summary.byCategory.value(category.code)));
  categories.rows << (QList<ReportCell>{
                          ReportCell(language.translate("ReportDocument", "All categories"))} +
                      countCells(in.summary.levels));
  byCategory.blocks << ReportBlock::tableBlock(categories);
  byCategory.blocks << ReportBlock::figure(
      QStringLiteral("chart-category"),
      language.translate("ReportDocument", "Risk units by level per category"));

  ReportSection &bySector = section(language.translate("ReportDocument", "Risk units by sector"));
  ReportTable sectors;
  sectors.caption = language.translate(
      "ReportDocument", "Risk units by sector and final level (sectors with units).");
  sectors.header = QStringList{language.translate("ReportDocument", "Category"),
                               language.translate("ReportDocument", "Sector code"),
                               language.translate("ReportDocument", "Sector")} +
                       levelHeaders()
                   << language.translate("ReportDocument", "Total");
  sectors.alignments = alignments(3, 5);
  ReportChart sectorChart;
  sectorChart.id = QStringLiteral("chart-sector");
  sectorChart.title = language.translate("ReportDocument", "Risk units by level per sector");
  if (in.taxonomy)
    for (const Category &category : in.taxonomy->categories())
      for (const Sector &sector : category.sectors)
      {
        const LevelCounts counts = in.bySector.value(sector.code);
        if (counts.total() == 0)
          continue;
        sectors.rows << (QList<ReportCell>{ReportCell(category.name(code)), ReportCell(sector.code),
                                           ReportCell(sector.name(code))} +
                         countCells(counts));
        sectorChart.labels << sector.name(code);
        sectorChart.counts << counts;
      }
  bySector.blocks << ReportBlock::tableBlock(sectors);
  bySector.blocks << ReportBlock::figure(sectorChart.id, sectorChart.title);
  doc.charts << sectorChart;

  ReportSection &list = section(language.translate("ReportDocument", "Risk list"));
  if (in.allUnits.size() <= in.bodyListLimit)
  {
    list.blocks << ReportBlock::paragraph(language.translate(
        "ReportDocument",
        "The risk list below names every unit with its levels; it is also Annex A."));
    ReportTable table = unitTable(in.allUnits);
    table.caption = language.translate("ReportDocument", "Risk list.");
    list.blocks << ReportBlock::tableBlock(table);
    return;
  }
  const LevelCounts &levels = in.summary.levels;
  list.blocks << ReportBlock::paragraph(
      language
          .translate("ReportDocument", "With %1 units the body lists the %2 major and %3 "
                                       "significant risk units; the %4 general "
                                       "and %5 low risk units and %6 units not assessed are "
                                       "summarised here and listed in full "
                                       "in Annex A.")
          .arg(in.allUnits.size())
          .arg(levels.count(RiskLevel::Major))
          .arg(levels.count(RiskLevel::Significant))
          .arg(levels.count(RiskLevel::General))
          .arg(levels.count(RiskLevel::Low))
          .arg(in.summary.unscored));
  // Coloured level cells double pandoc's time: a long list stays plain.
  const QList<ReportUnitRow> severe = in.majorUnits + in.significantUnits;
  ReportTable table = unitTable(severe, severe.size() <= 2000);
  table.caption = language.translate("ReportDocument", "Major and significant risk units.");
  list.blocks << ReportBlock::tableBlock(table);
}

void Builder::analysis()
{
  ReportSection &chapterSection = chapter(language.translate("ReportDocument", "Risk analysis"));
  chapterSection.blocks << ReportBlock::paragraph(
      language
          .translate(
              "ReportDocument",
              "Each unit's likelihood and consequence were scored with the method its category or "
              "sector is assigned; the parameters below are those of the method set actually used "
              "(SHA-256 %1).")
          .arg(in.methodSet.hash()));
  section(language.translate("ReportDocument", "Default method")).blocks
      << describeMethod(in.methodSet.defaultMethod());
  auto describeTable = [&](const MethodSet::MethodTable &table, bool sectors)
  {
    QStringList keys = table.keys();
    keys.sort();
    for (const QString &key : keys)
    {
      QString name = key;
      if (!sectors)
        name = categoryName(key);
      else if (const Sector *sector = in.taxonomy ? in.taxonomy->findSector(key) : nullptr)
        name = QStringLiteral("%1 %2").arg(sector->code, sector->name(code));
      section(sectors ? language.translate("ReportDocument", "Method of sector %1").arg(name)
                      : language.translate("ReportDocument", "Method of category %1").arg(name))
              .blocks
          << describeMethod(*table.value(key));
    }
  };
  describeTable(in.methodSet.categoryMethods(), false);
  describeTable(in.methodSet.sectorMethods(), true);
}

void Builder::evaluation()
{
  chapter(language.translate("ReportDocument", "Risk evaluation"));
  ReportSection &correction =
      section(language.translate("ReportDocument", "Inherent and realistic risk"));
  const ControlCorrection &c = in.methodSet.controlCorrection();
  if (c.mode() == ControlCorrection::Mode::Coefficient)
    correction.blocks << ReportBlock::paragraph(
        language
            .translate("ReportDocument", "The inherent level from the score is corrected by the "
                                         "unit's control level into the "
                                         "realistic (final) level: the score is multiplied by %1 "
                                         "for good, %2 for fair and %3 "
                                         "for poor control, then banded again.")
            .arg(num(c.coefficient(ControlLevel::Good)), num(c.coefficient(ControlLevel::Fair)),
                 num(c.coefficient(ControlLevel::Poor))));
  else
    correction.blocks << ReportBlock::paragraph(
        language
            .translate(
                "ReportDocument",
                "The inherent level from the score is corrected by the unit's control level into "
                "the "
                "realistic (final) level: good %1, fair %2, poor %3 level(s), never below low nor "
                "above major.")
            .arg(c.shift(ControlLevel::Good))
            .arg(c.shift(ControlLevel::Fair))
            .arg(c.shift(ControlLevel::Poor)));
  ReportTable cross;
  cross.caption = language.translate(
      "ReportDocument", "Units by inherent level (rows) and realistic level (columns).");
  cross.header =
      QStringList{language.translate("ReportDocument", "Inherent \\ realistic")} + levelHeaders()
      << language.translate("ReportDocument", "Total");
  cross.alignments = alignments(1, 5);
  for (RiskLevel level : assessedLevels())
    cross.rows << (QList<ReportCell>{ReportCell(levelName(level, code), level)} +
                   countCells(in.correction.value(level)));
  correction.blocks << ReportBlock::tableBlock(cross);

  ReportSection &major = section(language.translate("ReportDocument", "Major risks"));
  if (in.majorUnits.isEmpty())
    major.blocks << ReportBlock::paragraph(
        language.translate("ReportDocument", "No unit is at major risk."));
  else
  {
    major.blocks << ReportBlock::paragraph(
        language.translate("ReportDocument", "%n unit(s) at major risk after correction.", nullptr,
                           in.majorUnits.size()));
    ReportTable table = unitTable(in.majorUnits);
    table.caption = language.translate("ReportDocument", "Major-risk list.");
    major.blocks << ReportBlock::tableBlock(table);
  }

  ReportSection &overrides = section(language.translate("ReportDocument", "Levels set by hand"));
  if (in.overriddenUnits.isEmpty())
  {
    overrides.blocks << ReportBlock::paragraph(
        language.translate("ReportDocument", "No level was set by hand."));
    return;
  }
  overrides.blocks << ReportBlock::paragraph(language.translate(
      "ReportDocument", "The analyst set the final level of %n unit(s) by hand:", nullptr,
      in.overriddenUnits.size()));
  ReportTable table;
  table.caption = language.translate("ReportDocument", "Manual overrides with their reasons.");
  table.header = QStringList{language.translate("ReportDocument", "Unit ID"),
                             language.translate("ReportDocument", "Name"),
                             language.translate("ReportDocument", "Inherent"),
                             language.translate("ReportDocument", "Final"),
                             language.translate("ReportDocument", "Reason")};
  table.alignments = {ColumnAlignment::Left, ColumnAlignment::Left, ColumnAlignment::Center,
                      ColumnAlignment::Center, ColumnAlignment::Left};
  for (const ReportUnitRow &unit : in.overriddenUnits)
    table.rows << QList<ReportCell>{
        ReportCell(unit.id), ReportCell(unit.name),
        ReportCell(levelName(unit.inherentLevel, code), unit.inherentLevel),
        ReportCell(levelName(unit.finalLevel, code), unit.finalLevel),
        ReportCell(unit.overrideReason)};
  overrides.blocks << ReportBlock::tableBlock(table);
}

void Builder::regional()
{
  ReportSection &chapterSection = chapter(language.translate("ReportDocument", "Regional risk"));
  QString rule;
  switch (in.summary.aggregation)
  {
  case AggregationRule::Max:
    rule = language.translate("ReportDocument",
                              "Regions take the highest final level of their units.");
    break;
  case AggregationRule::Weighted:
    rule = language.translate(
        "ReportDocument", "Regions take the level of the weighted composite index of their units.");
    break;
  case AggregationRule::Density:
    rule = language.translate(
        "ReportDocument",
        "Regions take their level from the number of major and significant units per km².");
    break;
  }
  chapterSection.blocks << ReportBlock::paragraph(rule);

  QList<RegionSummary> regions = in.summary.regions;
  std::stable_sort(regions.begin(), regions.end(),
                   [](const RegionSummary &a, const RegionSummary &b)
                   {
                     const int ra = regionKindRank(a.kind), rb = regionKindRank(b.kind);
                     return ra != rb ? ra < rb : a.id < b.id;
                   });
  QList<RegionSummary> districts;
  QMap<QString, LevelCounts> otherKinds;
  QMap<QString, QList<RegionSummary>> otherRegions;
  for (const RegionSummary &region : regions)
  {
    if (region.kind == regionKindKey(RegionKind::District))
      districts << region;
    else
    {
      otherKinds[region.kind].add(region.result.level);
      otherRegions[region.kind] << region;
    }
  }

  ReportSection &overall = section(language.translate("ReportDocument", "District risk levels"));
  if (in.hasOverallMap)
    overall.blocks << ReportBlock::figure(
        QStringLiteral("map-overall"),
        language.translate("ReportDocument", "Four-colour map of the city's risk"));
  ReportTable table = regionTable(districts, true);
  table.caption = language.translate(
      "ReportDocument", "District risk levels (in code order), with each category's level.");
  overall.blocks << ReportBlock::tableBlock(table);
  ReportChart districtChart;
  districtChart.id = QStringLiteral("chart-district");
  districtChart.title = language.translate("ReportDocument", "Risk units by level per district");
  for (const RegionSummary &region : districts)
  {
    districtChart.labels << region.name;
    districtChart.counts << region.result.counts;
  }
  doc.charts << districtChart;
  overall.blocks << ReportBlock::figure(districtChart.id, districtChart.title);

  for (auto it = otherRegions.begin(); it != otherRegions.end(); ++it)
  {
    RegionKind kind = RegionKind::District;
    regionKindFromKey(it.key(), kind);
    ReportSection &kindSection = section(
        kind == RegionKind::Street ? language.translate("ReportDocument", "Street risk levels")
                                   : language.translate("ReportDocument", "Grid risk levels"));
    const LevelCounts &counts = otherKinds.value(it.key());
    kindSection.blocks << ReportBlock::paragraph(
        language
            .translate("ReportDocument",
                       "%1 regions: %2 major, %3 significant, %4 general and %5 low risk.")
            .arg(it.value().size())
            .arg(counts.count(RiskLevel::Major))
            .arg(counts.count(RiskLevel::Significant))
            .arg(counts.count(RiskLevel::General))
            .arg(counts.count(RiskLevel::Low)));
    if (it.value().size() <= in.bodyListLimit)
    {
      ReportTable kindTable = regionTable(it.value(), false);
      kindTable.caption =
          language.translate("ReportDocument", "Region risk levels (in code order).");
      kindSection.blocks << ReportBlock::tableBlock(kindTable);
    }
  }

  if (!in.mapCategories.isEmpty())
  {
    ReportSection &perCategory = section(language.translate("ReportDocument", "Risk by category"));
    for (const QString &category : in.mapCategories)
      perCategory.blocks << ReportBlock::figure(
          QStringLiteral("map-category-%1").arg(category),
          language.translate("ReportDocument", "%1 risk distribution map")
              .arg(categoryName(category)));
  }
}

void Builder::measures()
{
  ReportSection &chapterSection = chapter(language.translate("ReportDocument", "Control measures"));
  chapterSection.blocks << ReportBlock::paragraph(language.translate(
      "ReportDocument",
      "Measures follow the final level of each unit and name the responsible departments."));
  for (RiskLevel level : assessedLevels())
  {
    ReportSection &s = section(levelName(level, code));
    s.blocks << ReportBlock::paragraph(
        language.translate("ReportDocument", "%1 units at this level.")
            .arg(in.summary.levels.count(level)));
    appendText(s.blocks, fill(QStringLiteral("measures-") + levelKey(level)));
  }
}

void Builder::conclusion()
{
  ReportSection &s = chapter(language.translate("ReportDocument", "Conclusion"));
  appendText(s.blocks, fill(QStringLiteral("conclusion")));
  if (!doc.disclaimer.isEmpty())
    appendText(s.blocks, doc.disclaimer);
}

void Builder::hazardGovernance()
{
  const QList<ReportBlock> blocks = hazardGovernanceBlocks(in.hazards, in.hazardsAsOf, language);
  if (!blocks.isEmpty())
    section(language.translate("ReportDocument", "Hidden-danger governance")).blocks << blocks;
}

void Builder::previousComparison()
{
  if (in.comparison)
    section(language.translate("ReportDocument", "Comparison with the previous assessment")).blocks
        << comparisonBlocks(*in.comparison, language, in.bodyListLimit);
}

void Builder::annexes()
{
  ReportSection &list = annex(language.translate("ReportDocument", "Risk list"));
  // The long list plain: coloured cells double pandoc's time on it.
  if (in.allUnits.size() <= in.annexListLimit)
  {
    ReportTable units = unitTable(in.allUnits, in.allUnits.size() <= in.bodyListLimit);
    units.caption = language.translate("ReportDocument", "Every risk unit, by unit ID.");
    list.blocks << ReportBlock::tableBlock(units);
  }
  else
  {
    // Word processors (and pandoc) do not cope with a table of 100,000 rows; the body already
    // lists the major and significant units.
    list.blocks << ReportBlock::paragraph(
        language
            .translate("ReportDocument",
                       "The complete risk list of %1 units is delivered as a spreadsheet "
                       "(the risk-list export); the %2 major and significant risk units are "
                       "listed in section 3.3.")
            .arg(in.allUnits.size())
            .arg(in.majorUnits.size() + in.significantUnits.size()));
  }

  if (!in.atlasDistricts.isEmpty())
  {
    ReportSection &atlas = annex(language.translate("ReportDocument", "District atlas"));
    atlas.blocks << ReportBlock::paragraph(language.translate(
        "ReportDocument", "One map page per district, in code order: the district's regions and "
                          "units in their levels' colours, its neighbours faded."));
    for (const auto &[code, name] : in.atlasDistricts)
      atlas.blocks << ReportBlock::figure(
          QStringLiteral("map-district-%1").arg(code),
          language.translate("ReportDocument", "%1 (%2) risk distribution map").arg(name, code));
  }

  ReportSection &parameters = annex(language.translate("ReportDocument", "Parameter tables"));
  ReportTable palette;
  palette.caption = language.translate("ReportDocument", "Colours of the risk levels (RGB).");
  palette.header = QStringList{
      language.translate("ReportDocument", "Level"), language.translate("ReportDocument", "Colour"),
      language.translate("ReportDocument", "R"), language.translate("ReportDocument", "G"),
      language.translate("ReportDocument", "B")};
  palette.alignments = {ColumnAlignment::Center, ColumnAlignment::Left, ColumnAlignment::Right,
                        ColumnAlignment::Right, ColumnAlignment::Right};
  for (RiskLevel level : assessedLevels())
  {
    const QString hex = in.palette.color(level);
    auto channel = [&hex](int index)
    { return QString::number(hex.mid(1 + 2 * index, 2).toInt(nullptr, 16)); };
    palette.rows << QList<ReportCell>{ReportCell(levelName(level, code), level), ReportCell(hex),
                                      ReportCell(channel(0)), ReportCell(channel(1)),
                                      ReportCell(channel(2))};
  }
  parameters.blocks << ReportBlock::tableBlock(palette);
  ReportTable density =
      bandTable(in.methodSet.densityBands(), language.translate("ReportDocument", "n/km²"));
  density.caption = language.translate(
      "ReportDocument", "Density rule: major and significant units per km² (lower bound "
                        "inclusive unless stated).");
  parameters.blocks << ReportBlock::tableBlock(density);

  ReportSection &sources =
      annex(language.translate("ReportDocument", "Data sources and coordinate reference system"));
  sources.blocks << ReportBlock::paragraph(
      language.translate("ReportDocument", "Coordinate reference system: %1")
          .arg(in.crsDescription));
  if (!facts.value(QStringLiteral("data_sources")).isEmpty())
    appendText(sources.blocks, facts.value(QStringLiteral("data_sources")));
  if (!in.dataSources.isEmpty())
    sources.blocks << ReportBlock::paragraph(
                          language.translate("ReportDocument", "Files imported into the project:"))
                   << ReportBlock::bullets(in.dataSources);

  ReportSection &trace = annex(language.translate("ReportDocument", "Traceability"));
  trace.blocks << ReportBlock::bullets(
      {language.translate("ReportDocument", "Method set hash (SHA-256): %1")
           .arg(in.methodSet.hash()),
       language.translate("ReportDocument", "Audit chain head hash: %1")
           .arg(in.auditHeadHash.isEmpty()
                    ? language.translate("ReportDocument", "(no audit entry)")
                    : in.auditHeadHash),
       language.translate("ReportDocument", "Generated: %1")
           .arg(in.generatedAt.toString(Qt::ISODate))});
}

ReportDocument Builder::build()
{
  doc.language = code;
  doc.title = language.translate("ReportDocument", "City Safety Risk Assessment Report");
  doc.subtitle = in.projectName;
  doc.organisation = facts.value(QStringLiteral("organisation"));
  doc.date = in.generatedAt.date().toString(Qt::ISODate);
  doc.logoPath = templates.logoPath();
  doc.disclaimer = fill(QStringLiteral("disclaimer"));

  ReportChart categoryChart;
  categoryChart.id = QStringLiteral("chart-category");
  categoryChart.title = language.translate("ReportDocument", "Risk units by level per category");
  if (in.taxonomy)
    for (const Category &category : in.taxonomy->categories())
    {
      categoryChart.labels << category.name(code);
      categoryChart.counts << in.summary.byCategory.value(category.code);
    }
  doc.charts << categoryChart;

  general();
  profile();
  identification();
  analysis();
  evaluation();
  hazardGovernance();
  previousComparison();
  regional();
  measures();
  conclusion();
  annexes();
  return doc;
}

} // namespace

QMap<QString, QString> reportPlaceholders(const ReportInput &input,
                                          const QMap<QString, QString> &facts)
{
  const Language &language = Language::get(input.language);
  QMap<QString, QString> values;
  values.insert(QStringLiteral("project"), input.projectName);
  values.insert(QStringLiteral("city"), input.projectName);
  values.insert(QStringLiteral("date"), input.generatedAt.date().toString(Qt::ISODate));
  values.insert(QStringLiteral("units"), QString::number(input.summary.units));
  values.insert(QStringLiteral("scored"), QString::number(input.summary.scored));
  values.insert(QStringLiteral("unscored"), QString::number(input.summary.unscored));
  for (RiskLevel level : assessedLevels())
    values.insert(levelKey(level) + QStringLiteral("_count"),
                  QString::number(input.summary.levels.count(level)));
  QStringList districts;
  QStringList majorDistricts;
  QList<RegionSummary> regions = input.summary.regions;
  std::sort(regions.begin(), regions.end(),
            [](const RegionSummary &a, const RegionSummary &b) { return a.id < b.id; });
  for (const RegionSummary &region : regions)
    if (region.kind == regionKindKey(RegionKind::District))
    {
      districts << region.name;
      if (region.result.level == RiskLevel::Major)
        majorDistricts << region.name;
    }
  const QString separator =
      language.code() == QLatin1String("en") ? QStringLiteral(", ") : QStringLiteral("、");
  values.insert(QStringLiteral("districts"), QString::number(districts.size()));
  values.insert(QStringLiteral("district_names"), districts.join(separator));
  values.insert(QStringLiteral("major_districts"),
                majorDistricts.isEmpty() ? language.translate("ReportDocument", "none")
                                         : majorDistricts.join(separator));
  values.insert(QStringLiteral("method_set_hash"), input.methodSet.hash());
  values.insert(QStringLiteral("crs"), input.crsDescription);
  values.insert(QStringLiteral("organisation"),
                language.translate("ReportDocument", "the assessing organisation"));
  values.insert(QStringLiteral("client"), language.translate("ReportDocument", "the client"));
  values.insert(QStringLiteral("period"),
                input.generatedAt.date().toString(QStringLiteral("yyyy")));
  for (auto it = facts.begin(); it != facts.end(); ++it)
    values.insert(it.key(), it.value());
  return values;
}

ReportDocument buildReportDocument(const ReportInput &input, const ReportTemplates &templates)
{
  return Builder(input, templates).build();
}

} // namespace riskatlas
