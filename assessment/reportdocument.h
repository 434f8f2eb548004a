#pragma once

#include "levelcounts.h"
#include "risklevel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace riskatlas
{

//! One table cell: its text and, for a cell naming a risk level, the level (renderers colour it).
struct ReportCell
{
  ReportCell(const QString &text = QString(), RiskLevel level = RiskLevel::None)
      : text(text), level(level)
  {
  }
  QString text;
  RiskLevel level = RiskLevel::None;
};

enum class ColumnAlignment
{
  Left,
  Right,
  Center,
};

//! A table with one header row (repeated on every page) and aligned columns.
struct ReportTable
{
  QStringList header;
  QList<ColumnAlignment> alignments; //!< one per column; missing ones are left-aligned
  QList<QList<ReportCell>> rows;
  QString caption;
};

//! Units per level for a set of labels (categories, sectors, districts): what a chart draws.
struct ReportChart
{
  QString id; //!< e.g. "chart-category"
  QString title;
  QStringList labels;
  QList<LevelCounts> counts; //!< one per label
};

/**
 * One block of a report section. Figures refer to a map or chart by id ("map-overall",
 * "map-category-industrial", "chart-sector"…), whose image the renderer's caller supplies.
 */
struct ReportBlock
{
  enum class Kind
  {
    Paragraph,
    BulletList,
    Table,
    Figure,
    PageBreak,
  };
  Kind kind = Kind::Paragraph;
  QString text;      //!< paragraph text; a figure's caption
  QStringList items; //!< bullet list items
  ReportTable table;
  QString figureId;

  static ReportBlock paragraph(const QString &text);
  static ReportBlock bullets(const QStringList &items);
  static ReportBlock tableBlock(const ReportTable &table);
  static ReportBlock figure(const QString &id, const QString &caption);
  static ReportBlock pageBreak();
};

//! A numbered section (level 1: chapter, 2: section, 3: subsection) or an annex (no number).
struct ReportSection
{
  int level = 1;
  QString number; //!< "3.2"; an annex's letter ("A"); empty: unnumbered
  QString title;
  bool annex = false;
  QList<ReportBlock> blocks;

  //! The heading as printed: "3.2 Risk sources by sector", "附录A 风险清单".
  QString heading(const QString &language) const;
};

/**
 * The assessment report as content, free of any format: title page data, sections in order and
 * the charts its figures refer to. Built by buildReportDocument(), rendered by the Markdown
 * renderer (for pandoc: DOCX, ODT, HTML).
 */
struct ReportDocument
{
  QString language = QStringLiteral("zh");
  QString title;
  QString subtitle;
  QString organisation;
  QString date;
  QString logoPath; //!< an image file for the title page, empty for none
  QString disclaimer;
  //! A short document (review minutes): the title heads the first page, chapters follow one
  //! another, no cover and no contents.
  bool compact = false;
  QList<ReportSection> sections;
  QList<ReportChart> charts;

  //! Every figure id the sections refer to, in order of appearance.
  QStringList figureIds() const;
  //! The section whose heading is \a title (without number), or nullptr.
  const ReportSection *findSection(const QString &title) const;
};

} // namespace riskatlas
