#include "report/sidebysidemaps.h"

#include "maps/riskmaplayout.h"

#include <QImage>
#include <QPainter>

namespace riskatlas
{

namespace
{
//! The gap between the two maps, in millimetres of the figure's natural size.
constexpr double GapMm = 6.0;
constexpr double MillimetresPerInch = 25.4;
} // namespace

SideBySideMaps::SideBySideMaps(const QString &id, std::unique_ptr<RiskMapLayout> left,
                               std::unique_ptr<RiskMapLayout> right)
    : mId(id), mLeft(std::move(left)), mRight(std::move(right))
{
}

SideBySideMaps::~SideBySideMaps() = default;

bool SideBySideMaps::contains(const QString &id) const
{
  return id == mId && mLeft && mRight;
}

QSizeF SideBySideMaps::sizeMm(const QString &id) const
{
  if (!contains(id))
    return QSizeF();
  const QSizeF page = mLeft->pageSizeMm();
  return QSizeF(2 * page.width() + GapMm, page.height());
}

void SideBySideMaps::paint(const QString &id, QPainter &painter, const QRectF &target)
{
  if (!contains(id))
    return;
  const double scale = target.width() / sizeMm(id).width();
  const QSizeF page = mLeft->pageSizeMm() * scale;
  mLeft->paint(painter, QRectF(target.topLeft(), page));
  mRight->paint(painter, QRectF(QPointF(target.right() - page.width(), target.top()), page));
}

bool SideBySideMaps::writeImage(const QString &id, const QString &path, double dpi)
{
  if (!contains(id))
    return false;
  const QSizeF size = sizeMm(id) * (dpi / MillimetresPerInch);
  QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
  image.setDotsPerMeterX(qRound(dpi / MillimetresPerInch * 1000));
  image.setDotsPerMeterY(image.dotsPerMeterX());
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  paint(id, painter, QRectF(QPointF(0, 0), size));
  painter.end();
  return image.save(path, "PNG");
}

} // namespace riskatlas
