#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

class QPaintDevice;

namespace riskatlas
{

//! What a piece of report text is; each role has its font (pdfreportstyle.cpp).
enum class PdfTextRole
{
  Body,
  Heading1,
  Heading2,
  Heading3,
  Table,
  TableHeader,
  DenseTable, //!< a table too wide for the text at the normal size
  DenseTableHeader,
  Caption,
  Running, //!< running header and footer
  CoverTitle,
  CoverSubtitle,
  CoverText,
  TocTitle,
  TocEntry,
};

/**
 * The PDF report's page geometry and type, in the device units of the PDF writer: A4 with a
 * binding margin on the left, the Chinese official sizes (五号 body, 三号 chapters, 四号
 * sections) in the pinned CJK font, and 1.5-line spacing for running text.
 */
class PdfReportStyle
{
public:
  PdfReportStyle(QPaintDevice *device, const QString &fontFamily, const QString &language);

  QPaintDevice *device() const { return mDevice; }
  const QString &language() const { return mLanguage; }
  bool isChinese() const { return mLanguage != QLatin1String("en"); }

  //! Device units per millimetre and per point.
  double mm(double millimetres) const { return millimetres * mUnitsPerMm; }
  double pt(double points) const { return points * mUnitsPerMm * 25.4 / 72.0; }

  QRectF page() const { return mPage; }
  //! Where running text, tables and figures go.
  QRectF content() const { return mContent; }
  //! The band above the content holding the running header (and below it the footer).
  QRectF header() const;
  QRectF footer() const;

  QFont font(PdfTextRole role) const;
  QFontMetricsF metrics(PdfTextRole role) const;
  //! The distance from one line of \a role to the next.
  double lineHeight(PdfTextRole role) const;

private:
  QPaintDevice *mDevice;
  QString mFontFamily;
  QString mLanguage;
  double mUnitsPerMm;
  QRectF mPage;
  QRectF mContent;
};

} // namespace riskatlas
