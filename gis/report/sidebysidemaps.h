#pragma once

#include "report/figuresource.h"

#include <memory>

namespace riskatlas
{

class RiskMapLayout;

/**
 * Two maps of the same city drawn next to each other as one figure (e.g. before and after a
 * review): what the review minutes show as "map-review". Each map keeps its own print layout,
 * so the figure is vector graphics in the PDF.
 */
class SideBySideMaps : public FigureSource
{
public:
  SideBySideMaps(const QString &id, std::unique_ptr<RiskMapLayout> left,
                 std::unique_ptr<RiskMapLayout> right);
  ~SideBySideMaps() override;

  bool contains(const QString &id) const override;
  QSizeF sizeMm(const QString &id) const override;
  void paint(const QString &id, QPainter &painter, const QRectF &target) override;
  bool writeImage(const QString &id, const QString &path, double dpi) override;

private:
  QString mId;
  std::unique_ptr<RiskMapLayout> mLeft;
  std::unique_ptr<RiskMapLayout> mRight;
};

} // namespace riskatlas
