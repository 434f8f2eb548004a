#include "reportdocument.h"

namespace riskatlas
{

ReportBlock ReportBlock::paragraph(const QString &text)
{
  ReportBlock block;
  block.kind = Kind::Paragraph;
  block.text = text;
  return block;
}

ReportBlock ReportBlock::bullets(const QStringList &items)
{
  ReportBlock block;
  block.kind = Kind::BulletList;
  block.items = items;
  return block;
}

ReportBlock ReportBlock::tableBlock(const ReportTable &table)
{
  ReportBlock block;
  block.kind = Kind::Table;
  block.table = table;
  return block;
}

ReportBlock ReportBlock::figure(const QString &id, const QString &caption)
{
  ReportBlock block;
  block.kind = Kind::Figure;
  block.figureId = id;
  block.text = caption;
  return block;
}

ReportBlock ReportBlock::pageBreak()
{
  ReportBlock block;
  block.kind = Kind::PageBreak;
  return block;
}

QString ReportSection::heading(const QString &language) const
{
  if (number.isEmpty())
    return title;
  if (annex)
    return language == QLatin1String("en") ? QStringLiteral("Annex %1 %2").arg(number, title)
                                           : QStringLiteral("附录%1 %2").arg(number, title);
  return QStringLiteral("%1 %2").arg(number, title);
}

QStringList ReportDocument::figureIds() const
{
  QStringList ids;
  for (const ReportSection &section : sections)
    for (const ReportBlock &block : section.blocks)
      if (block.kind == ReportBlock::Kind::Figure)
        ids << block.figureId;
  return ids;
}

const ReportSection *ReportDocument::findSection(const QString &title) const
{
  for (const ReportSection &section : sections)
    if (section.title == title)
      return &section;
  return nullptr;
}

} // namespace riskatlas
