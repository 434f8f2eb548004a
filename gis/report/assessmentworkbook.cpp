#include "report/assessmentworkbook.h"

#include "levelpalette.h"

#include "assess/projectsummary.h"
#include "language.h"
#include "outputfile.h"
#include "report/risklisttable.h"
#include "report/xlsxworkbook.h"
#include "reproducibletime.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <QMap>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
QString text(const Language &language, const char *source)
{
  return language.translate("AssessmentWorkbook", source);
}

//! The fill of a level cell: the level's colour in the project's palette (domain.md §3).
XlsxCellStyle levelStyle(RiskLevel level, const LevelPalette &palette)
{
  XlsxCellStyle style;
  style.fill = QColor(palette.color(level));
  return style;
}

void writeLevel(XlsxWorkbook &book, int sheet, int row, int column, RiskLevel level,
                const Language &language, const LevelPalette &palette)
{
  book.writeText(sheet, row, column, levelName(level, language.code()), levelStyle(level, palette));
}

void writeRiskListSheet(XlsxWorkbook &book, const RiskListTable &table, const Language &language,
                        const LevelPalette &palette)
{
  // No., id and name stay in view while scrolling sideways.
  const int sheet = book.addSheet(
      text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Risk list")), table.headers(), 3);
  const QList<RiskListColumn> &columns = table.columns();
  for (int row = 0; row < table.rowCount(); ++row)
  {
    const QVector<RiskListCell> &cells = table.row(row);
    for (int column = 0; column < cells.size(); ++column)
    {
      const RiskListCell &cell = cells.at(column);
      const RiskListColumn &kind = columns.at(column);
      if (cell.level)
        writeLevel(book, sheet, row, column, *cell.level, language, palette);
      else if (cell.number && kind.kind == RiskListColumn::Kind::Number)
      {
        XlsxCellStyle style;
        style.decimals = kind.decimals;
        book.writeNumber(sheet, row, column, *cell.number, style);
      }
      else
        book.writeText(sheet, row, column, cell.text);
    }
  }
}

QString regionKindName(const QString &kind, const Language &language)
{
  if (kind == QLatin1String("district"))
    return text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "District"));
  if (kind == QLatin1String("street"))
    return text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Street"));
  if (kind == QLatin1String("grid"))
    return text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Grid"));
  return kind;
}

void writeRegionSheet(XlsxWorkbook &book, const AssessmentSummary &summary,
                      const Taxonomy &taxonomy, const Language &language,
                      const LevelPalette &palette)
{
  QStringList header{text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region kind")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region code")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region name")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Risk level")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Units"))};
  for (RiskLevel level : assessedLevels())
    header << levelName(level, language.code());
  const bool withIndex = summary.aggregation != AggregationRule::Max;
  if (withIndex)
    header << text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Index"));
  // One level column per category that has units: the region's level for that category.
  QList<const Category *> categories;
  for (const Category &category : taxonomy.categories())
  {
    if (summary.byCategory.value(category.code).total() == 0)
      continue;
    categories << &category;
    header << text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "%1: level"))
                  .arg(category.name(language.code()));
  }
  const int sheet =
      book.addSheet(text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Regions")), header, 3);
  // Region code order within each kind (summary order), never by name.
  for (int row = 0; row < summary.regions.size(); ++row)
  {
    const RegionSummary &region = summary.regions.at(row);
    int column = 0;
    book.writeText(sheet, row, column++, regionKindName(region.kind, language));
    book.writeText(sheet, row, column++, region.id);
    book.writeText(sheet, row, column++, region.name);
    writeLevel(book, sheet, row, column++, region.result.level, language, palette);
    book.writeNumber(sheet, row, column++, region.result.units);
    for (RiskLevel level : assessedLevels())
      book.writeNumber(sheet, row, column++, region.result.counts.count(level));
    if (withIndex)
    {
      XlsxCellStyle style;
      style.decimals = 3;
      book.writeNumber(sheet, row, column++, region.result.index, style);
    }
    for (const Category *category : std::as_const(categories))
    {
      const auto level = region.categoryLevels.constFind(category->code);
      if (level == region.categoryLevels.cend())
        ++column;
      else
        writeLevel(book, sheet, row, column++, *level, language, palette);
    }
  }
}

//! Units by final level, per category code and sector code, in one indexed pass.
QMap<QString, QMap<QString, LevelCounts>> countBySector(ProjectStore &store)
{
  QMap<QString, QMap<QString, LevelCounts>> counts;
  if (!store.unitsLayer())
    return counts;
  CPLErrorReset();
  OGRLayer *grouped = store.dataset().ExecuteSQL(
      "SELECT category, sector, level, COUNT(*) AS n FROM units GROUP BY category, sector, level",
      nullptr, nullptr);
  if (!grouped)
  {
    store.noteReadError(lastGdalError());
    return counts;
  }
  for (auto &feature : *grouped)
  {
    RiskLevel level = RiskLevel::None;
    levelFromKey(stringField(*feature, "level"), level);
    counts[stringField(*feature, "category")][stringField(*feature, "sector")].add(
        level, feature->GetFieldAsInteger("n"));
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    store.noteReadError(lastGdalError());
  store.dataset().ReleaseResultSet(grouped);
  return counts;
}

void writeSectorSheet(XlsxWorkbook &book, ProjectStore &store, const Taxonomy &taxonomy,
                      const Language &language, const LevelPalette &palette)
{
  const QList<RiskLevel> levels = assessedLevels() + QList<RiskLevel>{RiskLevel::None};
  QStringList header{text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Category")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Sector code")),
                     text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Sector"))};
  for (RiskLevel level : levels)
    header << levelName(level, language.code());
  header << text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Total"));
  const int sheet =
      book.addSheet(text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Sectors")), header, 3);
  const auto counts = countBySector(store);

  int row = 0;
  LevelCounts all;
  auto writeCounts = [&](const LevelCounts &tally, bool bold)
  {
    XlsxCellStyle style;
    style.bold = bold;
    int column = 3;
    int total = 0;
    for (RiskLevel level : levels)
    {
      // Counts of a level show its colour when there are any, so the red rows stand out.
      XlsxCellStyle cell = style;
      if (tally.count(level) > 0 && level != RiskLevel::None)
        cell.fill = levelStyle(level, palette).fill;
      book.writeNumber(sheet, row, column++, tally.count(level), cell);
      total += tally.count(level);
    }
    book.writeNumber(sheet, row, column, total, style);
  };
  auto addInto = [&levels](LevelCounts &into, const LevelCounts &from)
  {
    for (RiskLevel level : levels)
      into.add(level, from.count(level));
  };

  // Categories and sectors in taxonomy order; codes the taxonomy lacks after them.
  QStringList categoryCodes;
  for (const Category &category : taxonomy.categories())
    categoryCodes << category.code;
  for (const QString &code : counts.keys())
    if (!categoryCodes.contains(code))
      categoryCodes << code;
  for (const QString &categoryCode : std::as_const(categoryCodes))
  {
    const auto bySector = counts.value(categoryCode);
    if (bySector.isEmpty())
      continue;
    const Category *category = taxonomy.category(categoryCode);
    const QString categoryName = category ? category->name(language.code()) : categoryCode;
    QStringList sectorCodes;
    if (category)
      for (const Sector &sector : category->sectors)
        sectorCodes << sector.code;
    for (const QString &code : bySector.keys())
      if (!sectorCodes.contains(code))
        sectorCodes << code;
    LevelCounts categoryTotal;
    for (const QString &sectorCode : std::as_const(sectorCodes))
    {
      const auto tally = bySector.constFind(sectorCode);
      if (tally == bySector.cend())
        continue;
      const Sector *sector = taxonomy.findSector(sectorCode);
      book.writeText(sheet, row, 0, categoryName);
      book.writeText(sheet, row, 1, sectorCode);
      book.writeText(sheet, row, 2, sector ? sector->name(language.code()) : sectorCode);
      writeCounts(*tally, false);
      addInto(categoryTotal, *tally);
      ++row;
    }
    XlsxCellStyle bold;
    bold.bold = true;
    book.writeText(sheet, row, 0, categoryName, bold);
    book.writeText(
        sheet, row, 2,
        text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "%1 total")).arg(categoryName),
        bold);
    writeCounts(categoryTotal, true);
    addInto(all, categoryTotal);
    ++row;
  }
  XlsxCellStyle bold;
  bold.bold = true;
  book.writeText(sheet, row, 0,
                 text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "All categories")), bold);
  book.writeText(sheet, row, 2, text(language, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Total")),
                 bold);
  writeCounts(all, true);
}

//! Saves \a book into \a output's temporary file and commits it, checked as a complete zip.
bool commitWorkbook(XlsxWorkbook &book, OutputFile &output, const QString &path, QString *error)
{
  QString reason;
  if (!book.save(&reason))
  {
    // Worded as every failed output is (OutputFile), naming the target.
    if (error)
      *error = QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, reason);
    return false;
  }
  output.expectZip();
  return output.commit(error);
}
} // namespace

bool writeRiskListWorkbook(ProjectStore &store, const QString &path, const QString &language,
                           int *rowsWritten, QString *error)
{
  const Language &lang = Language::get(language);
  RiskListTable table;
  if (!table.read(store, lang.code()))
    return false; // the caller reports the damage
  OutputFile output(path);
  if (!output.open(error))
    return false;
  output.device().close(); // libxlsxwriter writes the file by its path
  XlsxWorkbook book(output.writePath(), reproducibleNow(),
                    text(lang, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Risk list of %1"))
                        .arg(store.projectName()));
  writeRiskListSheet(book, table, lang, store.methodSet().palette());
  if (!commitWorkbook(book, output, path, error))
    return false;
  if (rowsWritten)
    *rowsWritten = table.rowCount();
  return true;
}

bool writeAssessmentWorkbook(ProjectStore &store, const QString &path, const QString &language,
                             QString *error)
{
  const Language &lang = Language::get(language);
  const Taxonomy taxonomy = store.taxonomy();
  RiskListTable table;
  table.read(store, lang.code());
  const AssessmentSummary summary = readSummary(store);
  if (store.hasReadError())
    return false; // no spreadsheet from half-read figures
  OutputFile output(path);
  if (!output.open(error))
    return false;
  output.device().close();
  XlsxWorkbook book(output.writePath(), reproducibleNow(),
                    text(lang, QT_TRANSLATE_NOOP("AssessmentWorkbook", "Risk assessment of %1"))
                        .arg(store.projectName()));
  const LevelPalette palette = store.methodSet().palette();
  writeRiskListSheet(book, table, lang, palette);
  writeRegionSheet(book, summary, taxonomy, lang, palette);
  writeSectorSheet(book, store, taxonomy, lang, palette);
  if (store.hasReadError())
    return false;
  return commitWorkbook(book, output, path, error);
}

} // namespace riskatlas
