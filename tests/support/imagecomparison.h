#pragma once

// Image comparison in the manner of QgsRenderChecker (which on Debian only looks in QGIS's own
// build tree): a control PNG per case, a per-channel colour tolerance, an allowed count of
// mismatching pixels, and a diff image written next to the rendered one on failure.

#include <QColor>
#include <QImage>
#include <QString>

namespace riskatlas::test
{

struct ImageComparison
{
  bool matches = false;
  int mismatches = 0;
  QString message;
};

inline ImageComparison compareImages(const QString &renderedPath, const QString &controlPath,
                                     int colourTolerance, int allowedMismatches)
{
  ImageComparison result;
  const QImage rendered = QImage(renderedPath).convertToFormat(QImage::Format_ARGB32);
  const QImage control = QImage(controlPath).convertToFormat(QImage::Format_ARGB32);
  if (control.isNull())
  {
    result.message = QStringLiteral("no control image %1").arg(controlPath);
    return result;
  }
  if (rendered.size() != control.size())
  {
    result.message = QStringLiteral("size %1×%2, control %3×%4")
                         .arg(rendered.width())
                         .arg(rendered.height())
                         .arg(control.width())
                         .arg(control.height());
    return result;
  }
  QImage diff(rendered.size(), QImage::Format_ARGB32);
  diff.fill(Qt::white);
  for (int y = 0; y < rendered.height(); ++y)
    for (int x = 0; x < rendered.width(); ++x)
    {
      const QColor a = rendered.pixelColor(x, y);
      const QColor b = control.pixelColor(x, y);
      if (std::abs(a.red() - b.red()) > colourTolerance ||
          std::abs(a.green() - b.green()) > colourTolerance ||
          std::abs(a.blue() - b.blue()) > colourTolerance)
      {
        ++result.mismatches;
        diff.setPixelColor(x, y, Qt::red);
      }
    }
  result.matches = result.mismatches <= allowedMismatches;
  if (!result.matches)
  {
    const QString diffPath = renderedPath.chopped(4) + QStringLiteral("-diff.png");
    diff.save(diffPath);
    result.message = QStringLiteral("%1 pixels differ (allowed %2); diff image %3")
                         .arg(result.mismatches)
                         .arg(allowedMismatches)
                         .arg(diffPath);
  }
  return result;
}

} // namespace riskatlas::test
