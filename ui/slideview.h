#pragma once

#include "presentationtheme.h"

#include <QImage>
#include <QPainterPath>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <qgsmapsettings.h>
#include <qgspointxy.h>

class QgsMapRendererParallelJob;

namespace riskatlas
{

class PresentationLayers;
class ProjectView;
class SlideDeck;
struct Slide;

/**
 * Draws one slide of a SlideDeck at any size, everything scaled from its height: the title and
 * subtitle, then a map with its legend (counts per level), the big numbers and bars of the
 * counts, or a page of the major-risk list. Maps are drawn from copies of the project's layers
 * (PresentationLayers) in QGIS's render threads and shown when done (mapRendered()).
 */
class SlideView : public QWidget
{
  Q_OBJECT

public:
  //! Draws maps from copies of \a view's layers, names levels in \a language ("zh"/"en").
  SlideView(const ProjectView &view, const QString &language, QWidget *parent = nullptr);
  ~SlideView() override;

  //! The deck whose slides this shows (not owned; it must outlive this or be replaced).
  void setDeck(const SlideDeck *deck);
  //! Copies the project's layers again (after the view reloaded them) and redraws.
  void reloadLayers();
  //! Shows slide \a index (-1: nothing), dropping any unit focus.
  void setSlide(int index);
  int slide() const { return mIndex; }
  void setHighContrast(bool on);
  bool highContrast() const { return mHighContrast; }
  //! Draws "3 / 14" in the bottom-right corner.
  void setCounterVisible(bool visible);

  /**
   * Zooms the map of the slide shown to unit \a unitId and rings it, labelled \a label; false
   * when the slide has no map or the unit has no position.
   */
  bool focusUnit(const QString &unitId, const QString &label);
  //! The unit focused by focusUnit(); empty when none.
  QString focusedUnit() const { return mFocusId; }
  QString focusedLabel() const { return mFocusLabel; }

  //! True when the slide shown needs no map or its map is drawn.
  bool isMapReady() const;
  //! The settings of the map drawn last (extent, size): where things are on screen.
  const QgsMapSettings &mapSettings() const { return mSettings; }
  //! Where the map is drawn inside the widget.
  QRect mapRect() const;
  //! The look of the slide at the current size.
  PresentationTheme theme() const;

signals:
  //! The map of the slide shown is drawn.
  void mapRendered();

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void showEvent(QShowEvent *event) override;

private:
  const Slide *current() const;
  bool hasMap() const;
  //! Starts drawing the map of the slide shown (cancelling one under way).
  void renderMap();
  //! The district of a district slide as a path on the drawn map (widget pixels).
  void updateSpotlight();
  void stopRendering();
  QRect contentRect() const;
  void paintHeader(QPainter &painter, const Slide &slide, const PresentationTheme &theme) const;
  void paintMap(QPainter &painter, const Slide &slide, const PresentationTheme &theme) const;
  void paintLegend(QPainter &painter, const Slide &slide, const QRect &rect,
                   const PresentationTheme &theme) const;
  void paintCounts(QPainter &painter, const Slide &slide, const PresentationTheme &theme) const;
  void paintMajorUnits(QPainter &painter, const Slide &slide, const PresentationTheme &theme) const;
  void paintFooter(QPainter &painter, const PresentationTheme &theme) const;

  const ProjectView &mView;
  QString mLanguage;
  const SlideDeck *mDeck = nullptr;
  int mIndex = -1;
  bool mHighContrast = false;
  bool mCounterVisible = false;
  std::unique_ptr<PresentationLayers> mLayers;
  QPointer<QgsMapRendererParallelJob> mJob;
  //! Ask for another render once the one under way is cancelled (resize while drawing).
  bool mRenderPending = false;
  QgsMapSettings mSettings;
  QImage mMapImage;
  //! The slide, size and look mMapImage was drawn for.
  QString mImageKey;
  QString mFocusId;
  QString mFocusLabel;
  std::optional<QgsPointXY> mFocusPoint;
  QPainterPath mSpotlight;
};

} // namespace riskatlas
