#include "report/hazardexporter.h"

#include "outputfile.h"
#include "report/xlsxworkbook.h"
#include "reproducibletime.h"
#include "store/hazardcolumns.h"
#include "support/csvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace riskatlas
{

namespace
{
const QString OverdueHeader = QStringLiteral("逾期天数");

QString dateText(const QDate &date)
{
  return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

//! The column of \a field in headers().
int columnOf(const QString &field)
{
  return static_cast<int>(HazardColumns::exportFields().indexOf(field));
}
} // namespace

QStringList HazardExporter::headers()
{
  QStringList names;
  for (const QString &field : HazardColumns::exportFields())
    names << HazardColumns::chineseHeader(field);
  return names << OverdueHeader;
}

QStringList HazardExporter::row(const HiddenDanger &hazard, const QDate &asOf)
{
  const QHash<QString, QString> values{
      {QStringLiteral("hazard_id"), hazard.id},
      {QStringLiteral("unit_id"), hazard.unitId},
      {QStringLiteral("unit_name"), hazard.unitName},
      {QStringLiteral("sector"), hazard.sectorName},
      {QStringLiteral("district"), hazard.districtName},
      {QStringLiteral("description"), hazard.description},
      {QStringLiteral("grade"), hazardGradeNameZh(hazard.grade)},
      {QStringLiteral("source"), hazard.source},
      {QStringLiteral("round"), hazard.round},
      {QStringLiteral("found_date"), dateText(hazard.foundDate)},
      {QStringLiteral("deadline"), dateText(hazard.deadline)},
      {QStringLiteral("responsible_party"), hazard.responsibleParty},
      {QStringLiteral("responsible_person"), hazard.responsiblePerson},
      {QStringLiteral("measures"), hazard.measures},
      {QStringLiteral("funds"), hazard.funds ? QString::number(*hazard.funds) : QString()},
      {QStringLiteral("status"), hazardStatusNameZh(hazard.status)},
      {QStringLiteral("rectified_date"), dateText(hazard.rectifiedDate)},
      {QStringLiteral("verifier"), hazard.verifier},
      {QStringLiteral("closed_date"), dateText(hazard.closedDate)},
      {QStringLiteral("listing"), hazardListingNameZh(hazard.listing)}};
  QStringList cells;
  for (const QString &field : HazardColumns::exportFields())
    cells << values.value(field);
  const qint64 days = hazard.daysOverdue(asOf);
  return cells << (days > 0 ? QString::number(days) : QString());
}

bool HazardExporter::write(const QList<HiddenDanger> &hazards, const QDate &asOf,
                           const QString &path, const QString &title, QString *error)
{
  if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) != 0)
  {
    CsvWriter csv(path);
    csv.writeRow(headers());
    for (const HiddenDanger &hazard : hazards)
      csv.writeRow(row(hazard, asOf));
    return csv.commit(error);
  }
  OutputFile output(path);
  if (!output.open(error))
    return false;
  output.device().close(); // libxlsxwriter writes the file by its path
  XlsxWorkbook book(output.writePath(), reproducibleNow(), title);
  const int sheet = book.addSheet(QStringLiteral("隐患台账"), headers(), 1);
  XlsxCellStyle overdue;
  overdue.fill = QColor(QStringLiteral("#F4CCCC"));
  const int funds = columnOf(QStringLiteral("funds"));
  for (int r = 0; r < hazards.size(); ++r)
  {
    const HiddenDanger &hazard = hazards.at(r);
    const XlsxCellStyle style = hazard.isOverdue(asOf) ? overdue : XlsxCellStyle();
    const QStringList cells = row(hazard, asOf);
    for (int c = 0; c < cells.size(); ++c)
    {
      if (c == funds && hazard.funds)
        book.writeNumber(sheet, r, c, *hazard.funds, style);
      else if (c == cells.size() - 1 && !cells.at(c).isEmpty())
        book.writeNumber(sheet, r, c, cells.at(c).toDouble(), style);
      else if (cells.at(c).isEmpty())
      {
        if (style.fill.isValid())
          book.writeBlank(sheet, r, c, style);
      }
      else
        book.writeText(sheet, r, c, cells.at(c), style);
    }
  }
  QString reason;
  if (!book.save(&reason))
  {
    if (error)
      *error = QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, reason);
    return false;
  }
  output.expectZip();
  return output.commit(error);
}

} // namespace riskatlas
