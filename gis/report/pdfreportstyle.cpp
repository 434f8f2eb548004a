#include "report/pdfreportstyle.h"

#include <QPaintDevice>

namespace riskatlas
{

namespace
{
// Margins in mm: a wider left one for binding, as printed reports are bound.
constexpr double TopMargin = 28;
constexpr double BottomMargin = 24;
constexpr double LeftMargin = 27;
constexpr double RightMargin = 20;

struct RoleType
{
  double points;
  bool bold;
  double spacing; //!< line height as a multiple of the font's height
};

RoleType roleType(PdfTextRole role)
{
  switch (role)
  {
  case PdfTextRole::Body:
    return {10.5, false, 1.5}; // 五号
  case PdfTextRole::Heading1:
    return {16, true, 1.6}; // 三号
  case PdfTextRole::Heading2:
    return {14, true, 1.5}; // 四号
  case PdfTextRole::Heading3:
    return {12, true, 1.5}; // 小四
  case PdfTextRole::Table:
    return {9, false, 1.25};
  case PdfTextRole::TableHeader:
    return {9, true, 1.25};
  case PdfTextRole::DenseTable:
    return {7.5, false, 1.2};
  case PdfTextRole::DenseTableHeader:
    return {7.5, true, 1.2};
  case PdfTextRole::Caption:
    return {9, false, 1.5};
  case PdfTextRole::Running:
    return {8, false, 1.2};
  case PdfTextRole::CoverTitle:
    return {26, true, 1.4}; // 一号
  case PdfTextRole::CoverSubtitle:
    return {18, false, 1.4}; // 小二
  case PdfTextRole::CoverText:
    return {14, false, 1.6};
  case PdfTextRole::TocTitle:
    return {16, true, 2.0};
  case PdfTextRole::TocEntry:
    return {10.5, false, 1.5};
  }
  return {10.5, false, 1.5};
}
} // namespace

PdfReportStyle::PdfReportStyle(QPaintDevice *device, const QString &fontFamily,
                               const QString &language)
    : mDevice(device), mFontFamily(fontFamily), mLanguage(language),
      mUnitsPerMm(device->logicalDpiX() / 25.4)
{
  mPage = QRectF(0, 0, device->width(), device->height());
  mContent = mPage.adjusted(mm(LeftMargin), mm(TopMargin), -mm(RightMargin), -mm(BottomMargin));
}

QRectF PdfReportStyle::header() const
{
  return QRectF(mContent.left(), mContent.top() - mm(14), mContent.width(), mm(9));
}

QRectF PdfReportStyle::footer() const
{
  return QRectF(mContent.left(), mContent.bottom() + mm(7), mContent.width(), mm(8));
}

QFont PdfReportStyle::font(PdfTextRole role) const
{
  const RoleType type = roleType(role);
  QFont font(mFontFamily);
  font.setPointSizeF(type.points);
  font.setBold(type.bold);
  // Exact advances: the layout measures what the PDF prints.
  font.setHintingPreference(QFont::PreferNoHinting);
  return font;
}

QFontMetricsF PdfReportStyle::metrics(PdfTextRole role) const
{
  return QFontMetricsF(font(role), mDevice);
}

double PdfReportStyle::lineHeight(PdfTextRole role) const
{
  return metrics(role).height() * roleType(role).spacing;
}

} // namespace riskatlas
