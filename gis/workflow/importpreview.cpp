#include "workflow/importpreview.h"

#include "import/regionfields.h"
#include "import/regionrowreader.h"
#include "import/sourcelayer.h"
#include "import/unitcolumns.h"
#include "import/unitrowreader.h"
#include "inputfields.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace riskatlas
{

bool UnitPreview::ok() const
{
  return problems.isEmpty() && rowProblemCount() == 0;
}

int UnitPreview::rowProblemCount() const
{
  int count = 0;
  for (const UnitPreviewRow &row : rows)
    count += row.problems.size();
  return count;
}

int RegionPreview::rowProblemCount() const
{
  int count = 0;
  for (const RegionPreviewRow &row : rows)
    count += row.problems.size();
  return count;
}

ImportPreview::ImportPreview() = default;
ImportPreview::~ImportPreview() = default;

SourceLayer *ImportPreview::source(const QString &path, const QString &layer,
                                   const QByteArray &encoding, int headerRow, Problem &problem)
{
  const QFileInfo info(path);
  const QString key = QStringList{path,
                                  layer,
                                  QString::fromLatin1(encoding),
                                  QString::number(headerRow),
                                  QString::number(info.size()),
                                  QString::number(info.lastModified().toMSecsSinceEpoch())}
                          .join(QChar(0));
  if (key != mKey)
  {
    mKey = key;
    mSource.reset();
    mOpenProblem = Problem();
    mLayers = SourceLayer::layerNames(path);
    mSource = SourceLayer::open(path, {layer, encoding, headerRow}, &mOpenProblem);
    mFeatureCount = mSource ? mSource->featureCount() : 0;
  }
  problem = mOpenProblem;
  return mSource.get();
}

QStringList ImportPreview::layers(const QString &path)
{
  return SourceLayer::layerNames(path);
}

QList<UnitTarget> ImportPreview::unitTargets()
{
  QList<UnitTarget> targets;
  for (const QString &key : InputFields::targets())
  {
    UnitTarget target;
    target.key = key;
    target.required = key == InputFields::id() || key == InputFields::sector();
    target.position = key == InputFields::longitude() || key == InputFields::latitude() ||
                      key == InputFields::wkt() || key == InputFields::region();
    targets << target;
  }
  return targets;
}

UnitPreview ImportPreview::units(const QString &path, const UnitImportOptions &options,
                                 const Taxonomy &taxonomy, int rows)
{
  UnitPreview preview;
  preview.file = QFileInfo(path).fileName();
  preview.targets = unitTargets();
  Problem openProblem;
  SourceLayer *source =
      this->source(path, options.layerName, options.encoding, options.headerRow, openProblem);
  preview.layers = mLayers;
  if (!source)
  {
    preview.problems << openProblem;
    return preview;
  }
  preview.columns = source->headers();
  preview.encoding = source->encoding();
  preview.hasGeometry = source->hasGeometry();
  preview.featureCount = mFeatureCount;

  // The import's recognition; where several columns claim a field the analyst must choose, so
  // the preview leaves it unmapped (the import would refuse the file) and says so.
  const QMap<QString, QStringList> candidates = InputFields::recognise(preview.columns);
  QMap<QString, QString> overrides;
  for (auto it = options.fieldMap.cbegin(); it != options.fieldMap.cend(); ++it)
  {
    if (InputFields::targets().contains(it.key()) &&
        (it.value().isEmpty() || preview.columns.contains(it.value())))
      overrides.insert(it.key(), it.value());
  }
  const QStringList chosen = overrides.values();
  for (UnitTarget &target : preview.targets)
  {
    target.candidates = candidates.value(target.key);
    if (target.candidates.size() == 1)
      target.automatic = target.candidates.first();
    QStringList free;
    for (const QString &column : target.candidates)
    {
      if (!chosen.contains(column))
        free << column;
    }
    if (!overrides.contains(target.key) && free.size() > 1)
    {
      Problem problem = Problem::fileProblem(
          ProblemKind::Invalid, preview.file,
          tr("%1: columns \"%2\" and \"%3\" both look like the field \"%4\"; choose one")
              .arg(preview.file, free.at(0), free.at(1), target.key));
      problem.field = target.key;
      problem.allowed = free.join(QStringLiteral(", "));
      preview.problems << problem;
      overrides.insert(target.key, QString());
    }
  }
  QString error;
  if (!InputFields::resolve(preview.columns, overrides, preview.mapping, &error))
  {
    preview.problems << Problem::fileProblem(ProblemKind::Invalid, preview.file, error);
    return preview;
  }
  for (UnitTarget &target : preview.targets)
    target.column = preview.mapping.value(target.key);

  QgsCoordinateReferenceSystem sourceCrs;
  checkUnitColumns(*source, preview.mapping, options, sourceCrs, preview.problems);
  preview.sourceCrs = sourceCrs.isValid() ? sourceCrs.authid() : QString();
  preview.lonLat = !sourceCrs.isValid() || sourceCrs.isGeographic();

  if (rows <= 0)
    return preview;
  UnitRowReader reader(*source, preview.mapping, taxonomy, preview.lonLat, options.datum);
  source->forEachRow(
      [&](const SourceRow &sourceRow)
      {
        UnitRecord record;
        UnitPreviewRow row;
        reader.read(sourceRow, record, row.problems);
        row.location = sourceRow.location;
        row.id = record.id;
        row.name = record.name;
        for (auto it = preview.mapping.cbegin(); it != preview.mapping.cend(); ++it)
          row.text.insert(it.key(), sourceRow.values.value(preview.columns.indexOf(it.value())));
        row.sectorText = row.text.value(InputFields::sector());
        if (record.sector)
          row.sector = *record.sector;
        row.geometry = record.geometry;
        row.regionHint = record.regionHint;
        for (auto it = record.inputs.cbegin(); it != record.inputs.cend(); ++it)
          row.inputs.insert(it.key(), it.value().toString());
        preview.rows << row;
        return preview.rows.size() < rows;
      });
  return preview;
}

RegionPreview ImportPreview::regions(const QString &path, const RegionImportOptions &options,
                                     int rows)
{
  RegionPreview preview;
  preview.file = QFileInfo(path).fileName();
  Problem openProblem;
  SourceLayer *source = this->source(path, options.layerName, options.encoding, 1, openProblem);
  preview.layers = mLayers;
  if (!source)
  {
    preview.problems << openProblem;
    return preview;
  }
  const QStringList headers = source->headers();
  preview.columns = headers;
  preview.hasGeometry = source->hasGeometry();
  preview.featureCount = mFeatureCount;
  auto columnName = [&headers](int column) { return column >= 0 ? headers.at(column) : QString(); };
  preview.automaticName = columnName(RegionFields::nameColumn(headers, QString()));
  preview.automaticId = columnName(RegionFields::idColumn(headers, QString()));
  preview.automaticParent = columnName(RegionFields::parentColumn(headers, QString()));
  RegionRowReader reader(*source, options);
  preview.nameField = columnName(reader.nameColumn());
  preview.idField = columnName(reader.idColumn());
  preview.parentField = columnName(reader.parentColumn());
  const QgsCoordinateReferenceSystem stated = source->crs();
  preview.crsStated = stated.isValid();
  QgsCoordinateReferenceSystem crs;
  Problem problem;
  if (!reader.check(crs, problem))
    preview.problems << problem;
  else
    preview.crs = crs.authid();
  if (rows <= 0 || !preview.hasGeometry)
    return preview;
  source->forEachRow(
      [&](const SourceRow &sourceRow)
      {
        RegionRecord record;
        RegionPreviewRow row;
        bool repaired = false;
        reader.read(sourceRow, record, row.problems, repaired);
        row.location = sourceRow.location;
        row.id = record.id;
        row.name = record.name;
        row.parentId = record.parentId;
        row.repaired = repaired;
        if (preview.geometryType.isEmpty() && !sourceRow.geometry.isNull())
          preview.geometryType = QgsWkbTypes::displayString(sourceRow.geometry.wkbType());
        preview.rows << row;
        return preview.rows.size() < rows;
      });
  return preview;
}

} // namespace riskatlas
