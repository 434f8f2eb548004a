#include "slideview.h"

#include "slidedeck.h"
#include "workflow/presentationlayers.h"
#include "workflow/projectview.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <qgscurve.h>
#include <qgscurvepolygon.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
//! Margins around the slide's content, as a fraction of its height.
constexpr double Margin = 0.04;
//! Resolution of maps on a 720-pixel-high slide; taller slides scale it, so symbols and names
//! keep their size relative to the slide.
constexpr double DpiAt720 = 110.0;

QString scoreText(const std::optional<double> &score)
{
  if (!score)
    return QStringLiteral("–");
  const double value = *score;
  return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

//! \a extent grown by \a fraction of its size on every side (a point gets \a minimum).
QgsRectangle grown(QgsRectangle extent, double fraction, double minimum = 0)
{
  const double dx = std::max(extent.width() * fraction, minimum);
  const double dy = std::max(extent.height() * fraction, minimum);
  extent.setXMinimum(extent.xMinimum() - dx);
  extent.setXMaximum(extent.xMaximum() + dx);
  extent.setYMinimum(extent.yMinimum() - dy);
  extent.setYMaximum(extent.yMaximum() + dy);
  return extent;
}
} // namespace

SlideView::SlideView(const ProjectView &view, const QString &language, QWidget *parent)
    : QWidget(parent), mView(view), mLanguage(language),
      mLayers(std::make_unique<PresentationLayers>(view))
{
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(160, 90);
}

SlideView::~SlideView()
{
  stopRendering();
}

void SlideView::setDeck(const SlideDeck *deck)
{
  mDeck = deck;
  setSlide(deck && !deck->isEmpty() ? 0 : -1);
}

void SlideView::reloadLayers()
{
  stopRendering();
  mLayers = std::make_unique<PresentationLayers>(mView);
  mMapImage = QImage();
  mImageKey.clear();
  renderMap();
  update();
}

const Slide *SlideView::current() const
{
  if (!mDeck || mIndex < 0 || mIndex >= mDeck->count())
    return nullptr;
  return &mDeck->slide(mIndex);
}

bool SlideView::hasMap() const
{
  const Slide *slide = current();
  return slide && !mLayers->layers().isEmpty() &&
         (slide->kind == SlideKind::City || slide->kind == SlideKind::Category ||
          slide->kind == SlideKind::District);
}

void SlideView::setSlide(int index)
{
  mIndex = index;
  mFocusId.clear();
  mFocusLabel.clear();
  mFocusPoint.reset();
  renderMap();
  update();
}

void SlideView::setHighContrast(bool on)
{
  if (mHighContrast == on)
    return;
  mHighContrast = on;
  renderMap();
  update();
}

void SlideView::setCounterVisible(bool visible)
{
  mCounterVisible = visible;
  update();
}

bool SlideView::focusUnit(const QString &unitId, const QString &label)
{
  if (!hasMap())
    return false;
  const std::optional<QgsPointXY> point = mLayers->unitPosition(unitId);
  if (!point)
    return false;
  mFocusId = unitId;
  mFocusLabel = label;
  mFocusPoint = point;
  renderMap();
  update();
  return true;
}

bool SlideView::isMapReady() const
{
  return !hasMap() || (!mJob && !mRenderPending && !mMapImage.isNull());
}

PresentationTheme SlideView::theme() const
{
  return PresentationTheme(height(), mView.palette(), mHighContrast,
                           PresentationLayers::fontFamily());
}

QRect SlideView::contentRect() const
{
  const PresentationTheme look = theme();
  const int margin = look.px(Margin);
  const int top = look.px(0.175);
  const int bottom = look.px(0.075);
  return QRect(margin, top, width() - 2 * margin, height() - top - bottom);
}

QRect SlideView::mapRect() const
{
  // The legend's width follows the type (the height), the map takes the rest.
  const QRect content = contentRect();
  const PresentationTheme look = theme();
  const int legend = std::min(look.px(0.5), content.width() * 9 / 20) + look.px(0.035);
  return QRect(content.left(), content.top(), content.width() - legend, content.height());
}

void SlideView::stopRendering()
{
  if (mJob)
  {
    mJob->disconnect(this);
    mJob->cancel();
    delete mJob.data();
  }
}

void SlideView::renderMap()
{
  if (!hasMap() || !isVisible() || width() < 10 || height() < 10)
  {
    stopRendering();
    mMapImage = QImage();
    mImageKey.clear();
    return;
  }
  const Slide &slide = *current();
  const QRect rect = mapRect();
  const QString key = QStringLiteral("%1|%2x%3|%4|%5")
                          .arg(mIndex)
                          .arg(rect.width())
                          .arg(rect.height())
                          .arg(mHighContrast)
                          .arg(mFocusId);
  if (key == mImageKey && !mJob)
    return;
  stopRendering();
  mMapImage = QImage();
  mImageKey.clear();
  mSpotlight = QPainterPath();

  const PresentationTheme look = theme();
  PresentationLook mapLook;
  mapLook.language = mLanguage;
  mapLook.palette = look.palette();
  mapLook.highContrast = mHighContrast;
  mLayers->style(slide.kind == SlideKind::Category ? slide.category : QString(), mapLook);

  QgsMapSettings settings;
  settings.setLayers(mLayers->layers());
  settings.setDestinationCrs(mLayers->crs());
  settings.setTransformContext(mView.project() ? mView.project()->transformContext()
                                               : QgsCoordinateTransformContext());
  settings.setOutputSize(rect.size());
  settings.setOutputDpi(DpiAt720 * height() / 720.0);
  settings.setBackgroundColor(look.background());
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
  settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
  QgsRectangle extent = mLayers->extent();
  if (slide.kind == SlideKind::District)
  {
    const QgsRectangle district = mLayers->regionExtent(slide.regionId);
    if (!district.isNull())
      extent = grown(district, 0.08);
  }
  else
    extent = grown(extent, 0.03);
  if (mFocusPoint)
  {
    // About a tenth of the city across: the unit's street and neighbours.
    const double half = std::max(mLayers->extent().width(), mLayers->extent().height()) / 14.0;
    extent = grown(QgsRectangle(*mFocusPoint, *mFocusPoint), 0, half);
  }
  settings.setExtent(extent);
  mSettings = settings;

  auto *job = new QgsMapRendererParallelJob(settings);
  mJob = job;
  connect(job, &QgsMapRendererJob::finished, this,
          [this, job, key]
          {
            mMapImage = job->renderedImage();
            mImageKey = key;
            updateSpotlight();
            job->deleteLater();
            mJob.clear();
            update();
            emit mapRendered();
          });
  job->start();
}

void SlideView::updateSpotlight()
{
  mSpotlight = QPainterPath();
  const Slide *slide = current();
  if (!slide || slide->kind != SlideKind::District)
    return;
  const QgsGeometry district = mLayers->regionGeometry(slide->regionId);
  if (district.isNull())
    return;
  const QgsMapToPixel &toPixel = mSettings.mapToPixel();
  const QPointF origin = mapRect().topLeft();
  for (auto part = district.const_parts_begin(); part != district.const_parts_end(); ++part)
  {
    const auto *polygon = qgsgeometry_cast<const QgsCurvePolygon *>(*part);
    if (!polygon)
      continue;
    for (int ring = 0; ring <= polygon->numInteriorRings(); ++ring)
    {
      const QgsCurve *curve = ring == 0 ? polygon->exteriorRing() : polygon->interiorRing(ring - 1);
      if (!curve)
        continue;
      QPolygonF points = curve->asQPolygonF();
      for (QPointF &point : points)
        point = origin + toPixel.transform(point.x(), point.y()).toQPointF();
      mSpotlight.addPolygon(points);
      mSpotlight.closeSubpath();
    }
  }
}

void SlideView::showEvent(QShowEvent *event)
{
  QWidget::showEvent(event);
  renderMap();
}

void SlideView::resizeEvent(QResizeEvent *event)
{
  QWidget::resizeEvent(event);
  renderMap();
}

void SlideView::paintEvent(QPaintEvent *)
{
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  const PresentationTheme look = theme();
  painter.fillRect(rect(), look.background());
  // The map may have been asked for before the widget was shown.
  if (hasMap() && !mJob && mMapImage.isNull())
    renderMap();
  if (const Slide *slide = current())
  {
    paintHeader(painter, *slide, look);
    switch (slide->kind)
    {
    case SlideKind::City:
    case SlideKind::Category:
    case SlideKind::District:
      paintMap(painter, *slide, look);
      break;
    case SlideKind::LevelCounts:
      paintCounts(painter, *slide, look);
      break;
    case SlideKind::MajorUnits:
      paintMajorUnits(painter, *slide, look);
      break;
    }
  }
  paintFooter(painter, look);
}

void SlideView::paintHeader(QPainter &painter, const Slide &slide,
                            const PresentationTheme &look) const
{
  const int margin = look.px(Margin);
  const QFont titleFont = look.font(0.068, true);
  const QFont subtitleFont = look.font(0.034);
  int right = width() - margin;
  // A district's overall level as a badge in its colour, at the right.
  if (slide.kind == SlideKind::District && slide.level != RiskLevel::None)
  {
    const QFont badgeFont = look.font(0.042, true);
    const QString text = levelName(slide.level, mLanguage);
    const int badgeWidth = QFontMetrics(badgeFont).horizontalAdvance(text) + look.px(0.05);
    const QRect badge(right - badgeWidth, look.px(0.035), badgeWidth, look.px(0.075));
    painter.setPen(QPen(look.outline(), look.px(0.003)));
    painter.setBrush(look.levelColor(slide.level));
    painter.drawRoundedRect(badge, look.px(0.012), look.px(0.012));
    painter.setFont(badgeFont);
    painter.setPen(look.levelTextColor(slide.level));
    painter.drawText(badge, Qt::AlignCenter, text);
    right = badge.left() - margin;
  }
  painter.setPen(look.text());
  painter.setFont(titleFont);
  const QRect titleRect(margin, look.px(0.022), right - margin, look.px(0.09));
  painter.drawText(
      titleRect, Qt::AlignLeft | Qt::AlignVCenter,
      QFontMetrics(titleFont).elidedText(slide.title, Qt::ElideRight, titleRect.width()));
  painter.setFont(subtitleFont);
  painter.setPen(look.mutedText());
  const QRect subtitleRect(margin, titleRect.bottom(), width() - 2 * margin, look.px(0.045));
  painter.drawText(
      subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
      QFontMetrics(subtitleFont).elidedText(slide.subtitle, Qt::ElideRight, subtitleRect.width()));
  // A rule under the titles.
  painter.fillRect(QRect(margin, subtitleRect.bottom() + look.px(0.008), width() - 2 * margin,
                         look.px(mHighContrast ? 0.006 : 0.004)),
                   look.accent());
}

void SlideView::paintMap(QPainter &painter, const Slide &slide, const PresentationTheme &look) const
{
  const QRect map = mapRect();
  if (!mMapImage.isNull())
  {
    painter.drawImage(map.topLeft(), mMapImage);
    if (slide.kind == SlideKind::District && !mSpotlight.isEmpty())
    {
      // The district in full colour, its neighbours washed out: which one this slide is about.
      QPainterPath outside;
      outside.addRect(map);
      outside.addPath(mSpotlight);
      outside.setFillRule(Qt::OddEvenFill);
      painter.save();
      painter.setClipRect(map);
      painter.fillPath(outside, QColor(255, 255, 255, mHighContrast ? 150 : 170));
      painter.setBrush(Qt::NoBrush);
      painter.setPen(QPen(Qt::white, look.px(0.012), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.drawPath(mSpotlight);
      painter.setPen(QPen(Qt::black, look.px(0.006), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.drawPath(mSpotlight);
      painter.restore();
    }
    if (mFocusPoint && mFocusId.size())
    {
      // The unit asked for: a thick ring (white under black) and its name on a plate.
      const QPointF centre =
          QPointF(map.topLeft()) + mSettings.mapToPixel().transform(*mFocusPoint).toQPointF();
      const double radius = look.px(0.035);
      painter.setBrush(Qt::NoBrush);
      painter.setPen(QPen(Qt::white, look.px(0.014)));
      painter.drawEllipse(centre, radius, radius);
      painter.setPen(QPen(Qt::black, look.px(0.007)));
      painter.drawEllipse(centre, radius, radius);
      const QFont font = look.font(0.036, true);
      const QFontMetrics metrics(font);
      const QString text = metrics.elidedText(mFocusLabel, Qt::ElideRight, map.width() / 2);
      QRect plate(0, 0, metrics.horizontalAdvance(text) + look.px(0.03),
                  metrics.height() + look.px(0.015));
      // Above the ring (below when there is no room), inside the map.
      const int gap = qRound(radius) + look.px(0.01);
      plate.moveCenter(centre.toPoint());
      plate.moveBottom(qRound(centre.y()) - gap);
      if (plate.top() < map.top())
        plate.moveTop(qRound(centre.y()) + gap);
      plate.moveLeft(std::clamp(plate.left(), map.left() + look.px(0.01),
                                std::max(map.left(), map.right() - look.px(0.01) - plate.width())));
      painter.setPen(QPen(Qt::black, look.px(0.003)));
      painter.setBrush(Qt::white);
      painter.drawRoundedRect(plate, look.px(0.008), look.px(0.008));
      painter.setFont(font);
      painter.setPen(Qt::black);
      painter.drawText(plate, Qt::AlignCenter, text);
    }
  }
  else
  {
    painter.setPen(look.mutedText());
    painter.setFont(look.font(0.03));
    painter.drawText(map, Qt::AlignCenter,
                     mLayers->layers().isEmpty() ? tr("No map: the project has no layers yet")
                                                 : tr("Drawing the map…"));
  }
  painter.setPen(QPen(look.outline(), 1));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(map.adjusted(0, 0, -1, -1));
  const QRect content = contentRect();
  const QRect legend(map.right() + look.px(0.035), content.top(),
                     content.right() - map.right() - look.px(0.035), content.height());
  paintLegend(painter, slide, legend, look);
}

void SlideView::paintLegend(QPainter &painter, const Slide &slide, const QRect &rect,
                            const PresentationTheme &look) const
{
  const QFont nameFont = look.font(0.036);
  const QFont countFont = look.font(0.046, true);
  const int swatch = look.px(0.06);
  const int row = look.px(0.105);
  int y = rect.top() + look.px(0.01);
  painter.setFont(look.font(0.03, true));
  painter.setPen(look.mutedText());
  painter.drawText(QRect(rect.left(), y, rect.width(), look.px(0.045)),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("Units by level"));
  y += look.px(0.065);
  for (RiskLevel level : assessedLevels())
  {
    const QRect box(rect.left(), y + (row - swatch) / 2, swatch, swatch);
    painter.setPen(QPen(look.outline(), look.px(mHighContrast ? 0.005 : 0.003)));
    painter.setBrush(look.levelColor(level));
    painter.drawRoundedRect(box, look.px(0.008), look.px(0.008));
    const QRect text(box.right() + look.px(0.02), y, rect.right() - box.right() - look.px(0.02),
                     row);
    painter.setPen(look.text());
    painter.setFont(countFont);
    const QString count = QLocale().toString(slide.counts.count(level));
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    painter.setFont(nameFont);
    const int nameWidth =
        text.width() - QFontMetrics(countFont).horizontalAdvance(count) - look.px(0.015);
    painter.drawText(
        text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(levelName(level, mLanguage), Qt::ElideRight, nameWidth));
    y += row;
  }
  // The total under a rule, and the units not scored when some are.
  painter.fillRect(QRect(rect.left(), y + look.px(0.01), rect.width(), look.px(0.003)),
                   look.outline());
  y += look.px(0.025);
  const auto line = [&](const QString &label, int value, bool bold, bool swatched)
  {
    QRect text(rect.left(), y, rect.width(), look.px(0.06));
    if (swatched)
    {
      // The grey of units not scored, as on the map.
      const int size = look.px(0.03);
      const QRect box(rect.left() + (swatch - size) / 2, y + (text.height() - size) / 2, size,
                      size);
      painter.setPen(QPen(look.outline(), look.px(0.002)));
      painter.setBrush(look.levelColor(RiskLevel::None));
      painter.drawEllipse(box);
      text.setLeft(rect.left() + swatch + look.px(0.02));
    }
    painter.setPen(look.text());
    painter.setFont(look.font(0.036, bold));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value));
    y += look.px(0.06);
  };
  line(tr("Total"), slide.units, true, false);
  const int unscored = slide.units - slide.counts.total();
  if (unscored > 0)
    line(tr("Not scored"), unscored, false, true);
}

void SlideView::paintCounts(QPainter &painter, const Slide &slide,
                            const PresentationTheme &look) const
{
  const QRect content = contentRect();
  const QList<RiskLevel> &levels = assessedLevels();
  const int gap = look.px(0.03);
  const int tileWidth = (content.width() - gap * (levels.size() - 1)) / levels.size();
  const int tileHeight = qRound(content.height() * 0.46);
  for (int i = 0; i < levels.size(); ++i)
  {
    const RiskLevel level = levels.at(i);
    const QRect tile(content.left() + i * (tileWidth + gap), content.top(), tileWidth, tileHeight);
    painter.setPen(QPen(look.outline(), look.px(mHighContrast ? 0.006 : 0.003)));
    painter.setBrush(look.levelColor(level));
    painter.drawRoundedRect(tile, look.px(0.015), look.px(0.015));
    painter.setPen(look.levelTextColor(level));
    painter.setFont(look.font(0.15, true));
    painter.drawText(tile.adjusted(0, 0, 0, -tileHeight / 4), Qt::AlignCenter,
                     QLocale().toString(slide.counts.count(level)));
    // The level's name as large as fits the tile.
    QFont nameFont = look.font(0.045, true);
    const QString name = levelName(level, mLanguage);
    const int room = tile.width() - look.px(0.04);
    const int needed = QFontMetrics(nameFont).horizontalAdvance(name);
    if (needed > room)
      nameFont.setPixelSize(std::max(1, nameFont.pixelSize() * room / needed));
    painter.setFont(nameFont);
    painter.drawText(tile.adjusted(0, tileHeight * 3 / 5, 0, 0), Qt::AlignCenter, name);
  }
  // One stacked bar per category, lengths relative to the largest category.
  if (!mDeck)
    return;
  const QMap<QString, LevelCounts> &byCategory = mDeck->facts().summary.byCategory;
  QList<QPair<QString, LevelCounts>> rows;
  for (const Category &category : mDeck->facts().taxonomy.categories())
    if (byCategory.value(category.code).total() > 0)
      rows << qMakePair(category.code, byCategory.value(category.code));
  for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
    if (it.value().total() > 0 &&
        std::none_of(rows.cbegin(), rows.cend(),
                     [&](const auto &row) { return row.first == it.key(); }))
      rows << qMakePair(it.key(), it.value());
  if (rows.isEmpty())
    return;
  int largest = 1;
  for (const auto &row : std::as_const(rows))
    largest = std::max(largest, row.second.total());
  const int top = content.top() + tileHeight + look.px(0.05);
  const int rowHeight = std::min(look.px(0.075), (content.bottom() - top) / int(rows.size()));
  const QFont nameFont = look.font(std::min(0.036, rowHeight * 0.55 / look.height()));
  int nameWidth = 0;
  for (const auto &row : std::as_const(rows))
    nameWidth = std::max(nameWidth,
                         QFontMetrics(nameFont).horizontalAdvance(mDeck->categoryName(row.first)));
  nameWidth = std::min(nameWidth + look.px(0.03), qRound(content.width() * 0.32));
  const int totalWidth = qRound(content.width() * 0.08);
  const int barLeft = content.left() + nameWidth;
  const int barSpace = content.width() - nameWidth - totalWidth - look.px(0.02);
  for (int r = 0; r < rows.size(); ++r)
  {
    const int y = top + r * rowHeight;
    const LevelCounts &counts = rows.at(r).second;
    painter.setFont(nameFont);
    painter.setPen(look.text());
    painter.drawText(QRect(content.left(), y, nameWidth - look.px(0.015), rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(nameFont).elidedText(mDeck->categoryName(rows.at(r).first),
                                                       Qt::ElideRight, nameWidth - look.px(0.015)));
    int x = barLeft;
    const int barHeight = rowHeight * 7 / 10;
    const int barTop = y + (rowHeight - barHeight) / 2;
    for (RiskLevel level : levels)
    {
      const int count = counts.count(level);
      if (count == 0)
        continue;
      const int length = std::max(2, qRound(double(barSpace) * count / largest));
      const QRect segment(x, barTop, length, barHeight);
      painter.setPen(QPen(look.outline(), look.px(mHighContrast ? 0.004 : 0.002)));
      painter.setBrush(look.levelColor(level));
      painter.drawRect(segment);
      const QString text = QLocale().toString(count);
      painter.setFont(look.font(barHeight * 0.6 / look.height(), true));
      if (QFontMetrics(painter.font()).horizontalAdvance(text) + look.px(0.01) < length)
      {
        painter.setPen(look.levelTextColor(level));
        painter.drawText(segment, Qt::AlignCenter, text);
      }
      x += length;
    }
    painter.setFont(look.font(std::min(0.036, rowHeight * 0.55 / look.height()), true));
    painter.setPen(look.text());
    painter.drawText(QRect(x + look.px(0.015), y, totalWidth + look.px(0.02), rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(counts.total()));
  }
}

void SlideView::paintMajorUnits(QPainter &painter, const Slide &slide,
                                const PresentationTheme &look) const
{
  const QRect content = contentRect();
  if (slide.rows.isEmpty())
  {
    painter.setPen(look.text());
    painter.setFont(look.font(0.05, true));
    const bool assessed = mDeck && mDeck->facts().summary.levels.total() > 0;
    painter.drawText(content, Qt::AlignCenter | Qt::TextWordWrap,
                     assessed ? tr("No unit is at major risk.")
                              : tr("Not assessed yet: assess the project to list its major-risk "
                                   "units."));
    return;
  }
  // Columns as fractions of the width: rank, id, name, sector, district, score.
  const QList<double> widths = {0.06, 0.14, 0.36, 0.17, 0.15, 0.12};
  const QStringList headers = {tr("No."),    tr("Unit ID"),  tr("Name"),
                               tr("Sector"), tr("District"), tr("Score")};
  const int rowHeight = content.height() / (SlideDeck::MajorRowsPerSlide + 1);
  const QFont headerFont = look.font(0.032, true);
  const QFont cellFont = look.font(0.035);
  const int pad = look.px(0.012);
  const auto cells = [&](int y, const QStringList &texts, const QFont &font, const QColor &colour)
  {
    int x = content.left();
    painter.setFont(font);
    painter.setPen(colour);
    for (int c = 0; c < widths.size(); ++c)
    {
      const int w = qRound(content.width() * widths.at(c));
      const QRect cell(x + pad, y, w - 2 * pad, rowHeight);
      const Qt::Alignment align =
          (c == 0 || c == widths.size() - 1) ? Qt::AlignRight : Qt::AlignLeft;
      painter.drawText(cell, align | Qt::AlignVCenter,
                       QFontMetrics(font).elidedText(texts.value(c), Qt::ElideRight, cell.width()));
      x += w;
    }
  };
  painter.fillRect(QRect(content.left(), content.top(), content.width(), rowHeight), look.accent());
  cells(content.top(), headers, headerFont, Qt::white);
  for (int r = 0; r < slide.rows.size(); ++r)
  {
    const SlideUnit &unit = slide.rows.at(r);
    const int y = content.top() + (r + 1) * rowHeight;
    if (r % 2 == 1)
      painter.fillRect(QRect(content.left(), y, content.width(), rowHeight), look.stripe());
    // The level's colour down the row's left edge.
    painter.fillRect(QRect(content.left(), y + rowHeight / 8, look.px(0.008), rowHeight * 3 / 4),
                     look.levelColor(RiskLevel::Major));
    const int rank = slide.page * SlideDeck::MajorRowsPerSlide + r + 1;
    cells(y,
          {QString::number(rank), unit.unitId, unit.name, unit.sector,
           unit.district.isEmpty() ? QStringLiteral("—") : unit.district, scoreText(unit.score)},
          cellFont, look.text());
  }
  painter.fillRect(QRect(content.left(), content.top() + (slide.rows.size() + 1) * rowHeight,
                         content.width(), look.px(0.004)),
                   look.accent());
}

void SlideView::paintFooter(QPainter &painter, const PresentationTheme &look) const
{
  const int margin = look.px(Margin);
  const QRect footer(margin, height() - look.px(0.07), width() - 2 * margin, look.px(0.06));
  painter.setFont(look.font(0.028));
  painter.setPen(look.mutedText());
  // The project's name, but on the city map whose subtitle says it already.
  const Slide *slide = current();
  if (mDeck && slide && slide->kind != SlideKind::City)
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, mDeck->facts().projectName);
  if (mCounterVisible && mDeck && mIndex >= 0)
  {
    painter.setFont(look.font(0.034, true));
    painter.setPen(look.text());
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(mIndex + 1).arg(mDeck->count()));
  }
}

} // namespace riskatlas
