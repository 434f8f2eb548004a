#pragma once

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace riskatlas
{

//! How one cell looks: a fill (invalid: none), bold text, decimals of a number (-1: as is).
struct XlsxCellStyle
{
  QColor fill;
  bool bold = false;
  int decimals = -1;
};

/**
 * A spreadsheet (XLSX) written with libxlsxwriter, kept to what the exports need: sheets with
 * one bold header row that stays frozen and carries an autofilter, text cells that stay text
 * (ids with leading zeros, 18-digit credit codes), number cells, fills, and column widths that
 * fit the longest cell (a CJK character counts twice, as it is drawn twice as wide).
 *
 * The document properties carry a fixed date, so the same content gives the same bytes. Data
 * rows count from 0 (the row below the header). Nothing is written until save().
 */
class XlsxWorkbook
{
public:
  //! A workbook for \a path, its creation date \a created and its title \a title.
  XlsxWorkbook(const QString &path, const QDateTime &created, const QString &title);
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook &) = delete;
  XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

  /**
   * Adds a sheet named \a name (at most 31 characters) with \a header as its first row; the
   * header row and the first \a frozenColumns columns stay in view when scrolling. Returns the
   * sheet's index, or -1 (and save() fails) when the sheet cannot be made.
   */
  int addSheet(const QString &name, const QStringList &header, int frozenColumns = 0);
  //! Writes \a text as a text cell (never read as a number or a formula); empty: nothing.
  void writeText(int sheet, int row, int column, const QString &text,
                 const XlsxCellStyle &style = {});
  //! Writes \a value as a number cell.
  void writeNumber(int sheet, int row, int column, double value, const XlsxCellStyle &style = {});
  //! Writes an empty cell that still shows \a style (a fill, say).
  void writeBlank(int sheet, int row, int column, const XlsxCellStyle &style);

  //! Sets the filters and column widths and writes the file; false with the library's reason.
  bool save(QString *error);

  //! How many character widths \a text takes in a spreadsheet column (CJK counts twice).
  static int displayWidth(const QString &text);

private:
  struct Sheet
  {
    lxw_worksheet *worksheet = nullptr;
    int columns = 0;
    int rows = 0; //!< data rows written (the highest row + 1)
    QVector<int> widths;
  };

  lxw_format *format(const XlsxCellStyle &style);
  Sheet *sheetAt(int sheet, int row, int column);
  void noteWidth(Sheet &sheet, int column, int width);
  void noteError(int code);

  lxw_workbook *mWorkbook = nullptr;
  QVector<Sheet> mSheets;
  QHash<QString, lxw_format *> mFormats;
  QByteArray mPath;
  QByteArray mTitle;
  QString mError;
};

} // namespace riskatlas
