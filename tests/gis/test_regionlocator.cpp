#include "assess/regionlocator.h"
#include "qgistestmain.h"
#include "support/gdalsupport.h"

#include <QRandomGenerator>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsgeometryengine.h>
#include <qgspoint.h>

using namespace riskatlas;

namespace
{

struct Region
{
  QString id;
  QString kind;
  QgsGeometry geometry;
};
using Layout = QVector<Region>;

QgsGeometry rectangle(double x0, double y0, double x1, double y1)
{
  return QgsGeometry::fromRect(QgsRectangle(x0, y0, x1, y1));
}

QgsGeometry wkt(const QString &text)
{
  const QgsGeometry geometry = QgsGeometry::fromWkt(text);
  if (geometry.isNull())
    qFatal("bad WKT %s", qPrintable(text));
  return geometry;
}

//! Ids that do not follow the spatial order, so "the smaller code wins" is really tested.
QString scrambledId(const char *prefix, int i, int count)
{
  return QStringLiteral("%1%2")
      .arg(QLatin1String(prefix))
      .arg((i * 7 + 3) % count, 3, 10, QLatin1Char('0'));
}

//! A rows × columns block of squares of side \a size from (x0, y0): they share every edge.
void addSquares(Layout &layout, const char *prefix, const QString &kind, double x0, double y0,
                double size, int rows, int columns)
{
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c)
      layout.append(
          {scrambledId(prefix, r * columns + c, rows * columns), kind,
           rectangle(x0 + c * size, y0 + r * size, x0 + (c + 1) * size, y0 + (r + 1) * size)});
}

//! Flat-topped hexagons whose shared vertices come from one integer lattice (exactly shared).
void addHexagons(Layout &layout, double x0, double y0, double side, int rows, int columns)
{
  const double dx = side / 2, dy = side * std::sqrt(3.0) / 2;
  for (int c = 0; c < columns; ++c)
    for (int r = 0; r < rows; ++r)
    {
      const int a = 3 * c, b = 2 * r + (c % 2); // centre at (a·dx + 2dx, b·dy + dy)
      const int ring[][2] = {{a, b + 1},     {a + 1, b},     {a + 3, b}, {a + 4, b + 1},
                             {a + 3, b + 2}, {a + 1, b + 2}, {a, b + 1}};
      QgsPolylineXY points;
      for (const auto &vertex : ring)
        points << QgsPointXY(x0 + vertex[0] * dx, y0 + vertex[1] * dy);
      layout.append({scrambledId("H", c * rows + r, rows * columns), QStringLiteral("grid"),
                     QgsGeometry::fromPolygonXY({points})});
    }
}

Layout adjacentSquares()
{
  // Districts, streets that cut across them, and grid cells over a part: up to three answers.
  Layout layout;
  addSquares(layout, "D", QStringLiteral("district"), 500000, 3300000, 1000, 4, 4);
  addSquares(layout, "S", QStringLiteral("street"), 500500, 3300500, 1500, 2, 2);
  addSquares(layout, "G", QStringLiteral("grid"), 500000, 3300000, 250, 6, 6);
  return layout;
}

Layout concave()
{
  // Two combs whose teeth interlock (a zigzag shared border), a U around a square, a star.
  Layout layout;
  layout.append({QStringLiteral("C2"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((0 0,100 0,100 10,20 10,20 30,100 30,100 40,20 40,"
                                    "20 60,100 60,100 70,0 70,0 0))"))});
  layout.append({QStringLiteral("C1"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((100 0,120 0,120 70,100 70,100 60,20 60,20 40,100 "
                                    "40,100 30,20 30,20 10,100 10,100 0))"))});
  layout.append({QStringLiteral("U"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((130 0,190 0,190 70,170 70,170 20,150 20,150 70,130 "
                                    "70,130 0))"))});
  layout.append({QStringLiteral("A"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((150 20,170 20,170 70,150 70,150 20))"))});
  layout.append({QStringLiteral("STAR"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((230 0,240 30,270 35,245 50,255 80,230 60,205 80,"
                                    "215 50,190 35,220 30,230 0))"))});
  return layout;
}

Layout holes()
{
  // A district with two holes: one filled exactly by an island district, one left empty.
  Layout layout;
  layout.append({QStringLiteral("R1"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((0 0,100 0,100 100,0 100,0 0),(10 10,40 10,40 40,10 "
                                    "40,10 10),(60 60,90 60,75 90,60 60))"))});
  layout.append({QStringLiteral("R0"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((10 10,40 10,40 40,10 40,10 10))"))});
  layout.append({QStringLiteral("R2"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((100 0,150 0,150 100,100 100,100 0))"))});
  return layout;
}

Layout multipolygon()
{
  // M: three parts (one an island in another's lake) around N, which touches two of them.
  Layout layout;
  layout.append({QStringLiteral("M"), QStringLiteral("district"),
                 wkt(QStringLiteral("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,30 0,30 10,"
                                    "20 10,20 0)),((40 0,70 0,70 30,40 30,40 0),(45 5,65 5,65 25,"
                                    "45 25,45 5)),((50 10,60 10,60 20,50 20,50 10)))"))});
  layout.append({QStringLiteral("N"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((10 0,20 0,20 10,10 10,10 0))"))});
  layout.append({QStringLiteral("K"), QStringLiteral("street"),
                 wkt(QStringLiteral("POLYGON((5 -5,55 -5,55 15,5 15,5 -5))"))});
  return layout;
}

Layout tinyCells()
{
  // Millimetre cells far from the origin: the edge tolerance is larger than a cell.
  Layout layout;
  addSquares(layout, "T", QStringLiteral("grid"), 500000.123, 3300000.456, 0.001, 5, 5);
  return layout;
}

Layout tinyDegrees()
{
  // Cells of 1e-7 degree in geographic coordinates.
  Layout layout;
  addSquares(layout, "Q", QStringLiteral("district"), 120.1, 30.2, 1e-7, 4, 4);
  return layout;
}

Layout hugeCells()
{
  // Cells of 2,000 km around the origin, and one cell 1 m wide among them.
  Layout layout;
  addSquares(layout, "B", QStringLiteral("district"), -3e6, -3e6, 2e6, 3, 3);
  layout.append({QStringLiteral("B000"), QStringLiteral("street"), rectangle(0, 0, 1, 1)});
  return layout;
}

Layout manyHexagons()
{
  // Enough regions for a finer bucket grid; every shared edge but two is diagonal.
  Layout layout;
  addHexagons(layout, 400000, 3000000, 300, 30, 30);
  return layout;
}

Layout overlapping()
{
  // Not valid data, but it must not confuse the index: one kind overlapping itself.
  Layout layout;
  layout.append({QStringLiteral("O2"), QStringLiteral("district"), rectangle(0, 0, 60, 60)});
  layout.append({QStringLiteral("O1"), QStringLiteral("district"), rectangle(40, 40, 100, 100)});
  layout.append({QStringLiteral("O3"), QStringLiteral("district"),
                 wkt(QStringLiteral("POLYGON((20 20,80 20,50 90,20 20))"))});
  return layout;
}

Layout curved()
{
  // A GeoPackage may hold curved outlines: the arc must count, not the chords through its
  // control points.
  Layout layout;
  layout.append({QStringLiteral("ARC"), QStringLiteral("district"),
                 wkt(QStringLiteral("CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING(0 0,50 50,100 0),"
                                    "(100 0,0 0)))"))});
  layout.append({QStringLiteral("BOX"), QStringLiteral("district"), rectangle(0, -50, 100, 0)});
  return layout;
}

//! The regions as the project stores them: an OGR layer with the columns the locator reads.
std::unique_ptr<GDALDataset> regionsLayer(const Layout &layout)
{
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("Memory");
  std::unique_ptr<GDALDataset> dataset(driver->Create("", 0, 0, 0, GDT_Unknown, nullptr));
  OGRLayer *layer = dataset->CreateLayer("regions", nullptr, wkbUnknown, nullptr);
  for (const char *field : {"region_id", "name", "kind", "parent_id"})
  {
    OGRFieldDefn definition(field, OFTString);
    layer->CreateField(&definition);
  }
  for (const Region &region : layout)
  {
    OGRFeature feature(layer->GetLayerDefn());
    setStringField(feature, "region_id", region.id);
    setStringField(feature, "name", region.id);
    setStringField(feature, "kind", region.kind);
    setGeometry(feature, region.geometry);
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      qFatal("cannot store region %s", qPrintable(region.id));
  }
  return dataset;
}

//! Most basic kind first, as the answers list them.
int kindOrder(const QString &kind)
{
  return QStringList{QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("grid")}
      .indexOf(kind);
}

//! The answer computed the plain way: unprepared GEOS "intersects" against every region.
class Reference
{
public:
  explicit Reference(const Layout &layout) : mLayout(layout)
  {
    mExtent = layout.front().geometry.boundingBox();
    for (const Region &region : layout)
    {
      mBoxes.push_back(region.geometry.boundingBox());
      mEngines.emplace_back(QgsGeometry::createGeometryEngine(region.geometry.constGet()));
      mExtent.combineExtentWith(mBoxes.back());
    }
    // Only to skip far regions quickly: each region is listed in every cell its box reaches and
    // one more all round, so rounding never drops a candidate.
    mCells.resize(Side * Side);
    for (int i = 0; i < layout.size(); ++i)
    {
      const QgsRectangle &box = mBoxes[static_cast<size_t>(i)];
      for (int r = cell(box.yMinimum(), false) - 1; r <= cell(box.yMaximum(), false) + 1; ++r)
        for (int c = cell(box.xMinimum(), true) - 1; c <= cell(box.xMaximum(), true) + 1; ++c)
          if (r >= 0 && r < Side && c >= 0 && c < Side)
            mCells[static_cast<size_t>(r * Side + c)].push_back(i);
    }
  }

  //! Ids of the regions holding (x, y): per kind the smallest id, kinds in rank order.
  QStringList regionsAt(double x, double y) const
  {
    const QgsPoint point(x, y);
    QVector<int> best; // per kind met, in order of meeting
    const int r = cell(y, false), c = cell(x, true);
    if (r < 0 || r >= Side || c < 0 || c >= Side)
      return {};
    for (int i : mCells[static_cast<size_t>(r * Side + c)])
    {
      const QgsRectangle &box = mBoxes[static_cast<size_t>(i)];
      if (x < box.xMinimum() || x > box.xMaximum() || y < box.yMinimum() || y > box.yMaximum() ||
          !mEngines[static_cast<size_t>(i)]->intersects(&point))
        continue;
      auto same = std::find_if(best.begin(), best.end(),
                               [&](int chosen) { return mLayout[chosen].kind == mLayout[i].kind; });
      if (same == best.end())
        best.append(i);
      else if (mLayout[i].id < mLayout[*same].id)
        *same = i;
    }
    std::stable_sort(best.begin(), best.end(),
                     [this](int a, int b)
                     { return kindOrder(mLayout[a].kind) < kindOrder(mLayout[b].kind); });
    QStringList ids;
    for (int i : best)
      ids << mLayout[i].id;
    return ids;
  }

  //! Ids of every region a geometry intersects, in layout order.
  QStringList regionsTouching(const QgsGeometry &geometry) const
  {
    QStringList ids;
    const QgsRectangle box = geometry.boundingBox();
    for (int i = 0; i < mLayout.size(); ++i)
      if (mBoxes[static_cast<size_t>(i)].intersects(box) &&
          mEngines[static_cast<size_t>(i)]->intersects(geometry.constGet()))
        ids << mLayout[i].id;
    return ids;
  }

private:
  static constexpr int Side = 64;

  //! The cell column (or row) of a coordinate; out of range outside the extent (with a margin).
  int cell(double value, bool isX) const
  {
    const double origin = isX ? mExtent.xMinimum() : mExtent.yMinimum();
    const double size = (isX ? mExtent.width() : mExtent.height()) / (Side - 2);
    return static_cast<int>(std::floor((value - origin) / size)) + 1;
  }

  const Layout &mLayout;
  QgsRectangle mExtent;
  std::vector<std::vector<int>> mCells;
  std::vector<QgsRectangle> mBoxes;
  std::vector<std::unique_ptr<QgsGeometryEngine>> mEngines;
};

//! Every vertex of every ring of a region, as consecutive pairs (edges).
QVector<QPair<QgsPointXY, QgsPointXY>> edgesOf(const QgsGeometry &geometry)
{
  QVector<QPair<QgsPointXY, QgsPointXY>> edges;
  QgsPoint previous;
  int previousRing = -1, previousPart = -1;
  // Curves count by their linearised outline (what GEOS sees).
  const QgsGeometry linear(geometry.constGet()->segmentize());
  for (auto vertex = linear.vertices_begin(); vertex != linear.vertices_end(); ++vertex)
  {
    const QgsVertexId at = vertex.vertexId();
    if (at.part == previousPart && at.ring == previousRing)
      edges.append({QgsPointXY(previous), QgsPointXY(*vertex)});
    previous = *vertex;
    previousPart = at.part;
    previousRing = at.ring;
  }
  return edges;
}

//! The points to try: random ones over (and around) the extent, a lattice, and for a sample of
//! edges their vertices, points along them and points a hair to either side.
QVector<QgsPointXY> probePoints(const Layout &layout, quint32 seed)
{
  QgsRectangle extent = layout.front().geometry.boundingBox();
  for (const Region &region : layout)
    extent.combineExtentWith(region.geometry.boundingBox());
  const double width = extent.width(), height = extent.height();
  QVector<QgsPointXY> points;
  QRandomGenerator random(seed);
  for (int i = 0; i < 5000; ++i)
    points << QgsPointXY(extent.xMinimum() - 0.1 * width + 1.2 * width * random.generateDouble(),
                         extent.yMinimum() - 0.1 * height + 1.2 * height * random.generateDouble());
  // Fractions with small powers of two hit bucket borders exactly.
  for (int i = 0; i <= 128; ++i)
    for (int j = 0; j <= 128; j += 4)
      points << QgsPointXY(extent.xMinimum() + width * i / 128,
                           extent.yMinimum() + height * j / 128);

  const double tolerance =
      1e-9 * (std::abs(extent.xMaximum()) + std::abs(extent.yMaximum()) + width + height + 1.0);
  QVector<QPair<QgsPointXY, QgsPointXY>> edges;
  for (const Region &region : layout)
    edges += edgesOf(region.geometry);
  const int stride = std::max(1, static_cast<int>(edges.size() / 1500));
  for (int e = 0; e < edges.size(); e += stride)
  {
    const QgsPointXY a = edges[e].first, b = edges[e].second;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length = std::hypot(dx, dy);
    if (length == 0)
      continue;
    const double nx = -dy / length, ny = dx / length;
    QVector<QgsPointXY> onEdge{a, b};
    for (double t : {0.5, 0.25, 1.0 / 3, 0.9})
      onEdge << QgsPointXY(a.x() + t * dx, a.y() + t * dy);
    points += onEdge;
    for (const QgsPointXY &p : onEdge)
      for (double offset :
           {tolerance / 2, tolerance, 2 * tolerance, 5 * tolerance, 1e-6 * length, 1e-3 * length})
        for (double side : {-1.0, 1.0})
          points << QgsPointXY(p.x() + side * offset * nx, p.y() + side * offset * ny);
    for (double offset : {tolerance, 3 * tolerance, 1e-4 * length})
      for (const QgsPointXY &corner : {a, b})
        for (double sx : {-1.0, 1.0})
          for (double sy : {-1.0, 1.0})
            points << QgsPointXY(corner.x() + sx * offset, corner.y() + sy * offset);
  }
  // Just outside the extent.
  for (double offset : {tolerance / 2, 2 * tolerance, 1e-6 * width})
  {
    points << QgsPointXY(extent.xMinimum() - offset, extent.center().y())
           << QgsPointXY(extent.xMaximum() + offset, extent.center().y())
           << QgsPointXY(extent.center().x(), extent.yMinimum() - offset)
           << QgsPointXY(extent.center().x(), extent.yMaximum() + offset);
  }
  return points;
}

const QVector<QPair<const char *, Layout (*)()>> &layouts()
{
  static const QVector<QPair<const char *, Layout (*)()>> all{
      {"adjacent squares, three kinds", adjacentSquares},
      {"concave", concave},
      {"holes", holes},
      {"multipolygon", multipolygon},
      {"tiny cells", tinyCells},
      {"tiny cells in degrees", tinyDegrees},
      {"huge cells", hugeCells},
      {"900 hexagons", manyHexagons},
      {"overlapping", overlapping},
      {"curved", curved}};
  return all;
}

QString describe(const QgsPointXY &point, const QStringList &got, const QStringList &expected)
{
  return QStringLiteral("(%1, %2): locator [%3], GEOS [%4]")
      .arg(point.x(), 0, 'g', 17)
      .arg(point.y(), 0, 'g', 17)
      .arg(got.join(QLatin1Char(',')), expected.join(QLatin1Char(',')));
}

} // namespace

/**
 * The hand-optimised point placement (bucket grid with pre-answered buckets, edge stripes, GEOS
 * only near edges) against plain GEOS, on layouts chosen to break it. The rule: a point belongs
 * to every region whose closed outline holds it, per kind the one with the smallest code;
 * outside every region it belongs to none.
 */
class TestRegionLocator : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase() { GDALAllRegister(); }

  void pointsAgreeWithGeos_data()
  {
    QTest::addColumn<int>("layout");
    for (int i = 0; i < layouts().size(); ++i)
      QTest::newRow(layouts()[i].first) << i;
  }
  void pointsAgreeWithGeos()
  {
    QFETCH(int, layout);
    const Layout regions = layouts()[layout].second();
    const auto dataset = regionsLayer(regions);
    const RegionLocator locator(dataset->GetLayer(0));
    const Reference reference(regions);
    const QVector<QgsPointXY> points = probePoints(regions, 20240610u + layout);
    std::vector<quint32> found;
    QStringList mismatches;
    int wrong = 0, placed = 0;
    for (const QgsPointXY &point : points)
    {
      locator.regionsAt(point.x(), point.y(), found);
      QStringList got;
      for (quint32 index : found)
        got << locator.shape(index)->id;
      const QStringList expected = reference.regionsAt(point.x(), point.y());
      placed += !expected.isEmpty();
      if (got == expected)
        continue;
      if (++wrong <= 10)
        mismatches << describe(point, got, expected);
    }
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 of %2 points differ, the first:\n%3")
                                        .arg(wrong)
                                        .arg(points.size())
                                        .arg(mismatches.join(QLatin1Char('\n')))));
    // The probes must reach both sides of the borders, or the comparison proves little.
    QVERIFY(placed > points.size() / 4);
    QVERIFY(placed < points.size());
  }

  void touchingAgreesWithGeos_data() { pointsAgreeWithGeos_data(); }
  void touchingAgreesWithGeos()
  {
    QFETCH(int, layout);
    const Layout regions = layouts()[layout].second();
    const auto dataset = regionsLayer(regions);
    const RegionLocator locator(dataset->GetLayer(0));
    const Reference reference(regions);
    const QVector<QgsPointXY> points = probePoints(regions, 7u + layout);
    QgsRectangle extent = regions.front().geometry.boundingBox();
    for (const Region &region : regions)
      extent.combineExtentWith(region.geometry.boundingBox());
    QRandomGenerator random(99u + layout);
    QStringList mismatches;
    // Points, short lines and small squares, around the probe points (edges included).
    for (int i = 0; i < points.size(); i += 7)
    {
      const QgsPointXY p = points[i];
      const double reach = extent.width() * 0.02 * random.generateDouble();
      QgsGeometry geometry;
      switch (i % 3)
      {
      case 0:
        geometry = QgsGeometry::fromPointXY(p);
        break;
      case 1:
        geometry = QgsGeometry::fromPolylineXY({p, QgsPointXY(p.x() + reach, p.y() - reach)});
        break;
      default:
        geometry = rectangle(p.x(), p.y(), p.x() + reach, p.y() + reach);
      }
      QStringList got;
      for (const RegionShape *shape : locator.regionsTouching(geometry))
        got << shape->id;
      std::sort(got.begin(), got.end(),
                [&regions](const QString &a, const QString &b)
                {
                  auto at = [&regions](const QString &id)
                  {
                    return std::find_if(regions.begin(), regions.end(),
                                        [&id](const Region &r) { return r.id == id; }) -
                           regions.begin();
                  };
                  return at(a) < at(b);
                });
      const QStringList expected = reference.regionsTouching(geometry);
      if (got != expected && mismatches.size() < 10)
        mismatches << geometry.asWkt(17) +
                          QStringLiteral(": locator [%1], GEOS [%2]")
                              .arg(got.join(QLatin1Char(',')), expected.join(QLatin1Char(',')));
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
  }

  void aSharedBorderGoesToTheSmallerCode()
  {
    // Whatever the order the regions are read in.
    for (const bool smallerFirst : {true, false})
    {
      Layout regions{
          {QStringLiteral("330102"), QStringLiteral("district"), rectangle(0, 0, 10, 10)},
          {QStringLiteral("330101"), QStringLiteral("district"), rectangle(10, 0, 20, 10)}};
      if (smallerFirst)
        std::swap(regions[0], regions[1]);
      const auto dataset = regionsLayer(regions);
      const RegionLocator locator(dataset->GetLayer(0));
      std::vector<quint32> found;
      for (const double y : {0.0, 3.3, 10.0})
      {
        locator.regionsAt(10, y, found);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(locator.shape(found.front())->id, QStringLiteral("330101"));
      }
      locator.regionsAt(5, 5, found);
      QCOMPARE(locator.shape(found.front())->id, QStringLiteral("330102"));
      locator.regionsAt(20.000001, 5, found);
      QVERIFY(found.empty());
      locator.regionsAt(10, 10.000001, found);
      QVERIFY(found.empty());
    }
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestRegionLocator)
#include "test_regionlocator.moc"
