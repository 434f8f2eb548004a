#include "import/sourcelayer.h"

#include "import/csvtextcheck.h"
#include "import/textencoding.h"
#include "import/ziparchive.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <QFile>
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

void closeDataset(GDALDataset *dataset)
{
  GDALClose(dataset);
}

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
  const QString suffix = QFileInfo(path).suffix().toLower();
  for (const char *candidate : suffixes)
  {
    if (suffix == QLatin1String(candidate))
      return true;
  }
  return false;
}
//! \a path with its suffix replaced by \a suffix.
QString siblingPath(const QString &path, const char *suffix)
{
  const QFileInfo info(path);
  return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') +
         QLatin1String(suffix);
}
} // namespace

SourceLayer::~SourceLayer() = default;

namespace
{
Problem headerRowBeyondEnd(const QString &path, int headerRow, const QString &sentence)
{
  Problem problem = Problem::fileProblem(ProblemKind::HeaderRowBeyondEnd, path,
                                         sentence.arg(path).arg(headerRow));
  problem.setting = QStringLiteral("header-row");
  problem.value = QString::number(headerRow);
  return problem;
}
} // namespace

bool SourceLayer::openCsv(const SourceOptions &options, Problem *problem)
{
  QFile file(mPath);
  if (!file.open(QIODevice::ReadOnly))
  {
    *problem = Problem::fileProblem(ProblemKind::Failed, mPath,
                                    Tr::tr("%1: cannot read: %2").arg(mPath, file.errorString()));
    return false;
  }
  QByteArray bytes = file.readAll();
  const QByteArray bom = TextEncoding::takeByteOrderMark(bytes);
  mEncoding = !options.encoding.isEmpty() ? options.encoding
              : !bom.isEmpty()            ? bom
                                          : TextEncoding::detect(bytes);
  QString text;
  if (!TextEncoding::decode(bytes, mEncoding, text))
  {
    *problem = Problem::fileProblem(
        ProblemKind::EncodingMismatch, mPath,
        Tr::tr("%1: not valid %2 text").arg(mPath, QString::fromLatin1(mEncoding)));
    problem->setting = QStringLiteral("encoding");
    problem->value = QString::fromLatin1(mEncoding);
    return false;
  }
  CsvTextFault fault;
  if (findCsvTextFault(text, fault))
  {
    *problem = Problem::fileProblem(ProblemKind::Invalid, mPath, fault.reason);
    problem->location = Tr::tr("line %1").arg(fault.line);
    problem->field = fault.field;
    problem->value = fault.value;
    return false;
  }
  QString dataPath = mPath;
  if (mEncoding != "UTF-8" || options.headerRow > 1)
  {
    // GDAL reads CSV as UTF-8 only: hand it a UTF-8 copy without the title rows.
    int start = 0;
    for (int row = 1; row < options.headerRow && start >= 0; ++row)
      start = text.indexOf(QLatin1Char('\n'), start) + 1;
    if (start <= 0 && options.headerRow > 1)
    {
      *problem = headerRowBeyondEnd(mPath, options.headerRow,
                                    Tr::tr("%1: header row %2: the file has fewer rows"));
      return false;
    }
    mRowOffset = options.headerRow - 1;
    mTemporary = std::make_unique<QTemporaryDir>();
    dataPath = mTemporary->filePath(QFileInfo(mPath).fileName());
    QFile copy(dataPath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(text.mid(start).toUtf8()) < 0)
    {
      *problem = Problem::fileProblem(ProblemKind::Failed, mPath,
                                      Tr::tr("%1: cannot prepare the file for reading").arg(mPath));
      return false;
    }
  }
  // Text for every column (ids keep leading zeros); no geometry guessed from column names.
  const char *csvOptions[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", "HEADERS=YES",
                              nullptr};
  mDataset = {GDALDataset::Open(dataPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                nullptr, csvOptions, nullptr),
              closeDataset};
  return true;
}

std::unique_ptr<SourceLayer> SourceLayer::open(const QString &path, const SourceOptions &options,
                                               Problem *problem)
{
  auto fail = [problem, &path](const QString &message, ProblemKind kind = ProblemKind::Invalid)
  {
    *problem = Problem::fileProblem(kind, path, message);
    return nullptr;
  };
  auto chooseLayer = [&](const QStringList &names)
  {
    fail(Tr::tr("%1: the file has %2 layers; choose one (%3)")
             .arg(path)
             .arg(names.size())
             .arg(names.join(QStringLiteral(", "))),
         ProblemKind::LayerNotChosen);
    problem->setting = QStringLiteral("layer");
    problem->count = QString::number(names.size());
    problem->allowed = names.join(QStringLiteral(", "));
    return std::unique_ptr<SourceLayer>();
  };
  if (!QFileInfo::exists(path))
    return fail(Tr::tr("%1: no such file").arg(path));
  if (!QFileInfo(path).isReadable())
    return fail(Tr::tr("%1: cannot read: permission denied").arg(path), ProblemKind::Failed);
  if (hasSuffix(path, {"shp"}) && !QFileInfo::exists(siblingPath(path, "dbf")) &&
      !QFileInfo::exists(siblingPath(path, "DBF")))
    return fail(Tr::tr("%1: the shapefile's attribute table %2 is missing; copy it next to the "
                       ".shp file")
                    .arg(path, QFileInfo(siblingPath(path, "dbf")).fileName()));
  if (!options.encoding.isEmpty() && !TextEncoding::isKnown(options.encoding))
  {
    const QString encoding = QString::fromLatin1(options.encoding);
    fail(Tr::tr("unknown encoding \"%1\"").arg(encoding), ProblemKind::SettingInvalid);
    problem->setting = QStringLiteral("encoding");
    problem->value = encoding;
    return nullptr;
  }
  if (options.headerRow < 1)
  {
    fail(Tr::tr("the header row must be 1 or more"), ProblemKind::SettingInvalid);
    problem->setting = QStringLiteral("header-row");
    problem->value = QString::number(options.headerRow);
    return nullptr;
  }

  std::unique_ptr<SourceLayer> source(new SourceLayer);
  source->mPath = path;
  source->mIsCsv = hasSuffix(path, {"csv", "txt"});
  source->mIsSpreadsheet = hasSuffix(path, {"xlsx", "ods"});
  CPLErrorReset();
  if (source->mIsCsv)
  {
    if (!source->openCsv(options, problem))
      return nullptr;
  }
  else
  {
    QList<QByteArray> openOptions;
    if (source->mIsSpreadsheet)
    {
      openOptions << "FIELD_TYPES=STRING"
                  << (options.headerRow > 1 ? QByteArray("HEADERS=DISABLE")
                                            : QByteArray("HEADERS=FORCE"));
      source->mSkipRows = options.headerRow > 1 ? options.headerRow : 0;
    }
    if (hasSuffix(path, {"shp", "dbf"}))
    {
      const QString cpg = QFileInfo(path).path() + QLatin1Char('/') +
                          QFileInfo(path).completeBaseName() + QStringLiteral(".cpg");
      if (!options.encoding.isEmpty())
        openOptions << "ENCODING=" + options.encoding;
      else if (!QFileInfo::exists(cpg) &&
               !QFileInfo::exists(cpg.chopped(3) + QStringLiteral("CPG")))
      {
        // No .cpg: take the bytes as they are and recognise UTF-8 or GB18030 ourselves.
        openOptions << "ENCODING=";
        source->mDecodeValues = true;
      }
    }
    QVector<const char *> optionPointers;
    for (const QByteArray &option : openOptions)
      optionPointers << option.constData();
    optionPointers << nullptr;
    // A zipped shapefile or GeoJSON is read inside the archive, as QGIS does.
    QString datasetPath = path;
    if (hasSuffix(path, {"zip"}))
    {
      QStringList choices;
      datasetPath = zipMemberPath(path, options.layerName, &choices);
      if (datasetPath.isEmpty())
        return chooseLayer(choices);
    }
    source->mDataset = {GDALDataset::Open(datasetPath.toUtf8().constData(),
                                          GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                          optionPointers.constData(), nullptr),
                        closeDataset};
  }
  if (!source->mDataset)
    return fail(Tr::tr("%1: not a readable vector file (GeoPackage, shapefile, GeoJSON, KML, CSV, "
                       "XLSX or ODS): %2")
                    .arg(path, lastGdalError()));

  GDALDataset &dataset = *source->mDataset;
  if (!options.layerName.isEmpty())
    source->mLayer = dataset.GetLayerByName(options.layerName.toUtf8().constData());
  else if (dataset.GetLayerCount() == 1)
    source->mLayer = dataset.GetLayer(0);
  if (!source->mLayer)
  {
    QStringList names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i)
      names << QString::fromUtf8(dataset.GetLayer(i)->GetName());
    if (options.layerName.isEmpty())
      return chooseLayer(names);
    return fail(Tr::tr("%1: no layer \"%2\" (layers: %3)")
                    .arg(path, options.layerName, names.join(QStringLiteral(", "))));
  }
  if (source->mSkipRows > 0)
  {
    // Headers are the values of the header row; the rows above it are titles.
    source->mLayer->ResetReading();
    for (int row = 1; row <= source->mSkipRows; ++row)
    {
      OGRFeatureUniquePtr feature(source->mLayer->GetNextFeature());
      if (!feature)
      {
        *problem = headerRowBeyondEnd(path, options.headerRow,
                                      Tr::tr("%1: header row %2: the sheet has fewer rows"));
        return nullptr;
      }
      if (row == options.headerRow)
        for (int i = 0; i < feature->GetFieldCount(); ++i)
          source->mHeaders << QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
    }
  }
  else
  {
    OGRFeatureDefn *definition = source->mLayer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      source->mHeaders << source->decodeValue(definition->GetFieldDefn(i)->GetNameRef());
  }
  return source;
}

QStringList SourceLayer::layerNames(const QString &path)
{
  QStringList names;
  if (!QFileInfo(path).isFile() || hasSuffix(path, {"csv", "txt"}))
    return names;
  if (hasSuffix(path, {"zip"}))
  {
    zipMemberPath(path, QString(), &names);
    return names;
  }
  std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> dataset{
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                        nullptr, nullptr),
      closeDataset};
  if (dataset && dataset->GetLayerCount() > 1)
  {
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
      names << QString::fromUtf8(dataset->GetLayer(i)->GetName());
  }
  return names;
}

QString SourceLayer::decodeValue(const char *raw) const
{
  if (!mDecodeValues)
    return QString::fromUtf8(raw);
  QString text;
  TextEncoding::decode(QByteArray(raw), QByteArray(), text);
  return text;
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
  return mLayer->GetFeatureCount(TRUE) - mSkipRows;
}

void SourceLayer::forEachRow(const std::function<bool(const SourceRow &)> &visit)
{
  mLayer->ResetReading();
  const int fieldCount = mHeaders.size();
  qint64 ordinal = 0;
  for (auto &feature : *mLayer)
  {
    ++ordinal;
    if (ordinal <= mSkipRows)
      continue;
    SourceRow row;
    row.featureId = feature->GetFID();
    // CSV: the header is row 1, so data rows start at 2 as in a spreadsheet.
    if (mIsCsv)
      row.location = Tr::tr("row %1").arg(ordinal + 1 + mRowOffset);
    else if (mIsSpreadsheet)
      row.location = Tr::tr("row %1").arg(mSkipRows > 0 ? ordinal : ordinal + 1);
    else
      row.location = Tr::tr("feature %1").arg(row.featureId);
    row.values.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i)
      row.values << (i < feature->GetFieldCount() && feature->IsFieldSetAndNotNull(i)
                         ? decodeValue(feature->GetFieldAsString(i))
                         : QString());
    row.geometry = qgsGeometry(*feature);
    if (!visit(row))
      return;
  }
}

} // namespace riskatlas
