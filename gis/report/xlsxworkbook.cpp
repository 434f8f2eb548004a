#include "report/xlsxworkbook.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <xlsxwriter.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
};

const QColor HeaderFill(0xD9, 0xD9, 0xD9);
constexpr int MaxColumnWidth = 60;
constexpr int MaxCellText = 32767; // Excel's limit; libxlsxwriter refuses longer strings

lxw_color_t rgb(const QColor &color)
{
  return static_cast<lxw_color_t>(color.rgb() & 0xFFFFFF);
}

//! Dark fills (the red and the blue of the levels) need white text to stay legible.
bool isDark(const QColor &color)
{
  return 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue() < 140;
}

bool isWide(uint code)
{
  return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
         (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
         (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
         (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x20000 && code <= 0x3FFFD);
}
} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path, const QDateTime &created, const QString &title)
    : mPath(path.toUtf8()), mTitle(title.toUtf8())
{
  // Rows go to disk as they are written (the exports write them in order), so a city of
  // 100,000 units needs no workbook-sized memory; strings are then stored inline.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  mWorkbook = workbook_new_opt(mPath.constData(), &options);
  if (!mWorkbook)
  {
    mError = Tr::tr("the spreadsheet could not be started");
    return;
  }
  static char author[] = "RiskAtlas";
  lxw_doc_properties properties{};
  properties.title = mTitle.data();
  properties.author = author;
  // A fixed date (SOURCE_DATE_EPOCH or the caller's), else libxlsxwriter stamps the time now.
  properties.created = static_cast<time_t>(created.toSecsSinceEpoch());
  noteError(workbook_set_properties(mWorkbook, &properties));
}

XlsxWorkbook::~XlsxWorkbook()
{
  // An unsaved workbook still owns its sheets and temporary files: close it to free them,
  // writing into the target's temporary file that the caller then discards.
  if (mWorkbook)
    workbook_close(mWorkbook);
}

void XlsxWorkbook::noteError(int code)
{
  if (code != LXW_NO_ERROR && mError.isEmpty())
    mError = QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(code)));
}

int XlsxWorkbook::addSheet(const QString &name, const QStringList &header, int frozenColumns)
{
  if (!mWorkbook)
    return -1;
  lxw_worksheet *worksheet = workbook_add_worksheet(mWorkbook, name.left(31).toUtf8().constData());
  if (!worksheet)
  {
    if (mError.isEmpty())
      mError = Tr::tr("sheet %1 could not be added").arg(name);
    return -1;
  }
  Sheet sheet;
  sheet.worksheet = worksheet;
  sheet.columns = static_cast<int>(header.size());
  sheet.widths.fill(0, sheet.columns);
  mSheets.append(sheet);
  const int index = static_cast<int>(mSheets.size()) - 1;
  XlsxCellStyle headerStyle;
  headerStyle.bold = true;
  headerStyle.fill = HeaderFill;
  for (int column = 0; column < header.size(); ++column)
    writeText(index, -1, column, header.at(column), headerStyle);
  worksheet_freeze_panes(worksheet, 1, static_cast<lxw_col_t>(frozenColumns));
  return index;
}

XlsxWorkbook::Sheet *XlsxWorkbook::sheetAt(int sheet, int row, int column)
{
  if (sheet < 0 || sheet >= mSheets.size() || column < 0 || row < -1 ||
      column >= mSheets.at(sheet).columns)
    return nullptr;
  Sheet &found = mSheets[sheet];
  found.rows = qMax(found.rows, row + 1);
  return &found;
}

void XlsxWorkbook::noteWidth(Sheet &sheet, int column, int width)
{
  sheet.widths[column] = qMax(sheet.widths.at(column), width);
}

lxw_format *XlsxWorkbook::format(const XlsxCellStyle &style)
{
  if (!style.fill.isValid() && !style.bold && style.decimals < 0)
    return nullptr;
  const QString key = QStringLiteral("%1|%2|%3")
                          .arg(style.fill.isValid() ? style.fill.name() : QString())
                          .arg(style.bold)
                          .arg(style.decimals);
  if (lxw_format *known = mFormats.value(key))
    return known;
  lxw_format *made = workbook_add_format(mWorkbook);
  if (style.fill.isValid())
  {
    format_set_pattern(made, LXW_PATTERN_SOLID);
    format_set_bg_color(made, rgb(style.fill));
    if (isDark(style.fill))
      format_set_font_color(made, LXW_COLOR_WHITE);
  }
  if (style.bold)
    format_set_bold(made);
  if (style.decimals == 0)
    format_set_num_format(made, "0");
  else if (style.decimals > 0)
    format_set_num_format(
        made,
        (QStringLiteral("0.") + QString(style.decimals, QLatin1Char('0'))).toUtf8().constData());
  mFormats.insert(key, made);
  return made;
}

void XlsxWorkbook::writeText(int sheet, int row, int column, const QString &text,
                             const XlsxCellStyle &style)
{
  Sheet *target = sheetAt(sheet, row, column);
  if (!target)
    return;
  if (text.isEmpty())
  {
    if (style.fill.isValid())
      writeBlank(sheet, row, column, style);
    return;
  }
  const QString cell = text.left(MaxCellText);
  noteError(worksheet_write_string(target->worksheet, static_cast<lxw_row_t>(row + 1),
                                   static_cast<lxw_col_t>(column), cell.toUtf8().constData(),
                                   format(style)));
  noteWidth(*target, column, displayWidth(cell) + (style.bold ? 1 : 0));
}

void XlsxWorkbook::writeNumber(int sheet, int row, int column, double value,
                               const XlsxCellStyle &style)
{
  Sheet *target = sheetAt(sheet, row, column);
  if (!target)
    return;
  noteError(worksheet_write_number(target->worksheet, static_cast<lxw_row_t>(row + 1),
                                   static_cast<lxw_col_t>(column), value, format(style)));
  const QString shown = style.decimals >= 0 ? QString::number(value, 'f', style.decimals)
                                            : QString::number(value, 'g', 15);
  noteWidth(*target, column, displayWidth(shown));
}

void XlsxWorkbook::writeBlank(int sheet, int row, int column, const XlsxCellStyle &style)
{
  Sheet *target = sheetAt(sheet, row, column);
  if (!target)
    return;
  noteError(worksheet_write_blank(target->worksheet, static_cast<lxw_row_t>(row + 1),
                                  static_cast<lxw_col_t>(column), format(style)));
}

int XlsxWorkbook::displayWidth(const QString &text)
{
  int width = 0;
  int lineWidth = 0;
  const QVector<uint> codes = text.toUcs4();
  for (uint code : codes)
  {
    if (code == '\n')
    {
      width = qMax(width, lineWidth);
      lineWidth = 0;
      continue;
    }
    lineWidth += isWide(code) ? 2 : 1;
  }
  return qMax(width, lineWidth);
}

bool XlsxWorkbook::save(QString *error)
{
  if (!mWorkbook)
  {
    if (error)
      *error = mError;
    return false;
  }
  for (const Sheet &sheet : std::as_const(mSheets))
  {
    if (sheet.columns == 0)
      continue;
    const auto lastColumn = static_cast<lxw_col_t>(sheet.columns - 1);
    noteError(worksheet_autofilter(sheet.worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows),
                                   lastColumn));
    // Room for the filter button beside the header; long texts wrap past the cap instead.
    for (int column = 0; column < sheet.columns; ++column)
      noteError(worksheet_set_column(sheet.worksheet, static_cast<lxw_col_t>(column),
                                     static_cast<lxw_col_t>(column),
                                     qMin(MaxColumnWidth, sheet.widths.at(column) + 3), nullptr));
    // Ids are text on purpose: no "number stored as text" triangles on them.
    char range[32];
    lxw_rowcol_to_range(range, 0, 0, static_cast<lxw_row_t>(qMax(sheet.rows, 1)), lastColumn);
    noteError(worksheet_ignore_errors(sheet.worksheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range));
  }
  errno = 0;
  const lxw_error closed = workbook_close(mWorkbook);
  const int systemError = errno;
  mWorkbook = nullptr;
  // File errors (a full disk, a file-size limit) in the system's words, as other outputs say.
  if (closed != LXW_NO_ERROR && systemError != 0 && mError.isEmpty() &&
      (closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE ||
       (closed >= LXW_ERROR_ZIP_FILE_OPERATION && closed <= LXW_ERROR_ZIP_CLOSE)))
    mError = QString::fromLocal8Bit(std::strerror(systemError));
  noteError(closed);
  if (!mError.isEmpty())
  {
    if (error)
      *error = mError;
    return false;
  }
  return true;
}

} // namespace riskatlas
