#include "sourcelayer.h"

#include "gdalsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(SourceLayer)
};
} // namespace

SourceLayer::~SourceLayer() = default;

std::unique_ptr<SourceLayer> SourceLayer::open(const QString &path, const QString &layerName,
                                               QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return nullptr;
  };
  if (!QFileInfo::exists(path))
    return fail(Tr::tr("%1: no such file").arg(path));

  std::unique_ptr<SourceLayer> source(new SourceLayer);
  source->mPath = path;
  source->mIsCsv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
  // Text for every CSV column (ids keep leading zeros); no geometry guessed from column names.
  const char *csvOptions[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
  CPLErrorReset();
  source->mDataset = {GDALDataset::Open(path.toUtf8().constData(),
                                        GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                        source->mIsCsv ? csvOptions : nullptr, nullptr),
                      [](GDALDataset *dataset) { GDALClose(dataset); }};
  if (!source->mDataset)
    return fail(Tr::tr("%1: not a readable vector file (GeoPackage, shapefile, GeoJSON or CSV): %2")
                    .arg(path, lastGdalError()));

  GDALDataset &dataset = *source->mDataset;
  if (!layerName.isEmpty())
    source->mLayer = dataset.GetLayerByName(layerName.toUtf8().constData());
  else if (dataset.GetLayerCount() == 1)
    source->mLayer = dataset.GetLayer(0);
  if (!source->mLayer)
  {
    QStringList names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i)
      names << QString::fromUtf8(dataset.GetLayer(i)->GetName());
    if (layerName.isEmpty())
      return fail(Tr::tr("%1: the file has %2 layers; choose one with --layer (%3)")
                      .arg(path)
                      .arg(names.size())
                      .arg(names.join(QStringLiteral(", "))));
    return fail(Tr::tr("%1: no layer \"%2\" (layers: %3)")
                    .arg(path, layerName, names.join(QStringLiteral(", "))));
  }
  OGRFeatureDefn *definition = source->mLayer->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    source->mHeaders << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
  return source;
}

QString SourceLayer::fileName() const
{
  return QFileInfo(mPath).fileName();
}

bool SourceLayer::hasGeometry() const
{
  return mLayer->GetGeomType() != wkbNone;
}

QgsCoordinateReferenceSystem SourceLayer::crs() const
{
  const OGRSpatialReference *srs = mLayer->GetSpatialRef();
  if (!srs)
    return QgsCoordinateReferenceSystem();
  char *wkt = nullptr;
  const char *options[] = {"FORMAT=WKT2_2019", nullptr};
  srs->exportToWkt(&wkt, options);
  const QString wktText = QString::fromUtf8(wkt);
  CPLFree(wkt);
  return QgsCoordinateReferenceSystem::fromWkt(wktText);
}

qint64 SourceLayer::featureCount() const
{
  return mLayer->GetFeatureCount(TRUE);
}

void SourceLayer::forEachRow(const std::function<bool(const SourceRow &)> &visit)
{
  mLayer->ResetReading();
  const int fieldCount = mHeaders.size();
  qint64 ordinal = 0;
  for (auto &feature : *mLayer)
  {
    ++ordinal;
    SourceRow row;
    row.featureId = feature->GetFID();
    // CSV: the header is row 1, so data rows start at 2 as in a spreadsheet.
    row.location =
        mIsCsv ? Tr::tr("row %1").arg(ordinal + 1) : Tr::tr("feature %1").arg(row.featureId);
    row.values.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i)
      row.values << (feature->IsFieldSetAndNotNull(i)
                         ? QString::fromUtf8(feature->GetFieldAsString(i))
                         : QString());
    row.geometry = qgsGeometry(*feature);
    if (!visit(row))
      return;
  }
}

} // namespace riskatlas
