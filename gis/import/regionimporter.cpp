#include "import/regionimporter.h"

#include "import/regionwriter.h"
#include "import/sourcelayer.h"
#include "store/projectcrs.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RegionImporter)
};

const QStringList &nameAliases()
{
  static const QStringList aliases{QStringLiteral("name"),       QStringLiteral("名称"),
                                   QStringLiteral("区县名称"),   QStringLiteral("区划名称"),
                                   QStringLiteral("行政区名称"), QStringLiteral("街道名称"),
                                   QStringLiteral("网格名称"),   QStringLiteral("xzqmc"),
                                   QStringLiteral("district"),   QStringLiteral("region")};
  return aliases;
}

const QStringList &idAliases()
{
  static const QStringList aliases{QStringLiteral("id"),       QStringLiteral("code"),
                                   QStringLiteral("区划代码"), QStringLiteral("行政区划代码"),
                                   QStringLiteral("编码"),     QStringLiteral("xzqdm"),
                                   QStringLiteral("adcode"),   QStringLiteral("region_id")};
  return aliases;
}

const QStringList &parentAliases()
{
  static const QStringList aliases{QStringLiteral("parent"),       QStringLiteral("parent_id"),
                                   QStringLiteral("parent_code"),  QStringLiteral("上级区划代码"),
                                   QStringLiteral("所属区县代码"), QStringLiteral("上级代码")};
  return aliases;
}

int findColumn(const QStringList &headers, const QString &explicitName, const QStringList &aliases)
{
  if (!explicitName.isEmpty())
    return headers.indexOf(explicitName);
  for (const QString &alias : aliases)
  {
    for (int i = 0; i < headers.size(); ++i)
    {
      if (headers.at(i).trimmed().compare(alias, Qt::CaseInsensitive) == 0)
        return i;
    }
  }
  return -1;
}

} // namespace

bool RegionImporter::isKnownKind(const QString &kind)
{
  return kind == QLatin1String("district") || kind == QLatin1String("street") ||
         kind == QLatin1String("grid");
}

ImportOutcome RegionImporter::run(ProjectStore &store, const QString &path,
                                  const RegionImportOptions &options, QgsFeedback *feedback,
                                  QStringList *warnings)
{
  ImportOutcome outcome;
  QString error;
  auto source = SourceLayer::open(path, {options.layerName, options.encoding, 1}, &error);
  if (!source)
  {
    outcome.errors << error;
    return outcome;
  }
  const QString file = source->fileName();
  if (!source->hasGeometry())
  {
    outcome.errors << Tr::tr("%1: the layer has no geometry; regions must be polygons").arg(file);
    return outcome;
  }
  const QStringList headers = source->headers();
  const int nameColumn = findColumn(headers, options.nameField, nameAliases());
  if (nameColumn < 0)
  {
    outcome.errors << (options.nameField.isEmpty()
                           ? Tr::tr("%1: no region name column recognised (fields: %2); name it "
                                    "with --name-field FIELD")
                                 .arg(file, headers.join(QStringLiteral(", ")))
                           : Tr::tr("%1: --name-field %2: no such field (fields: %3)")
                                 .arg(file, options.nameField, headers.join(QStringLiteral(", "))));
    return outcome;
  }
  const int idColumn = findColumn(headers, options.idField, idAliases());
  if (!options.idField.isEmpty() && idColumn < 0)
  {
    outcome.errors << Tr::tr("%1: --id-field %2: no such field (fields: %3)")
                          .arg(file, options.idField, headers.join(QStringLiteral(", ")));
    return outcome;
  }
  const int parentColumn = findColumn(headers, options.parentField, parentAliases());
  if (!options.parentField.isEmpty() && parentColumn < 0)
  {
    outcome.errors << Tr::tr("%1: --parent-field %2: no such field (fields: %3)")
                          .arg(file, options.parentField, headers.join(QStringLiteral(", ")));
    return outcome;
  }
  QgsCoordinateReferenceSystem sourceCrs =
      options.sourceCrs.isEmpty() ? source->crs() : QgsCoordinateReferenceSystem(options.sourceCrs);
  if (!sourceCrs.isValid())
  {
    outcome.errors << Tr::tr("%1: the coordinate reference system is unknown; give --source-crs "
                             "EPSG:n")
                          .arg(file);
    return outcome;
  }

  QList<RegionRecord> records;
  QSet<QString> seenIds;
  QgsRectangle extent;
  extent.setMinimal();
  source->forEachRow(
      [&](const SourceRow &row)
      {
        RegionRecord record;
        record.name = row.values.at(nameColumn).trimmed();
        record.parentId = parentColumn >= 0 ? row.values.at(parentColumn).trimmed() : QString();
        record.id = idColumn >= 0 ? row.values.at(idColumn).trimmed()
                                  : QStringLiteral("%1-%2").arg(options.kind).arg(row.featureId);
        const QString who = Tr::tr("%1: %2").arg(file, row.location);
        const QString nameHeader = headers.at(nameColumn);
        if (record.name.isEmpty())
          outcome.errors
              << Tr::tr("%1: field %2: value \"\": every region needs a name").arg(who, nameHeader);
        if (record.id.isEmpty())
          outcome.errors << Tr::tr("%1: field %2: value \"\": every region needs a code")
                                .arg(who, headers.at(idColumn));
        else if (seenIds.contains(record.id))
          outcome.errors << Tr::tr("%1: field %2: value \"%3\": the code appears twice")
                                .arg(who,
                                     idColumn >= 0 ? headers.at(idColumn) : QStringLiteral("fid"),
                                     record.id);
        seenIds.insert(record.id);
        if (QgsWkbTypes::geometryType(row.geometry.wkbType()) != QgsWkbTypes::PolygonGeometry)
        {
          outcome.errors << Tr::tr("%1: geometry: %2: regions must be polygons")
                                .arg(who, row.geometry.isEmpty()
                                              ? Tr::tr("empty")
                                              : QgsWkbTypes::displayString(row.geometry.wkbType()));
          return true;
        }
        record.geometry = row.geometry;
        if (!record.geometry.isGeosValid())
        {
          record.geometry = record.geometry.makeValid();
          if (warnings)
            *warnings << Tr::tr("%1: region %2 had an invalid polygon and was repaired")
                             .arg(who, record.name);
        }
        record.geometry.convertToMultiType();
        extent.combineExtentWith(record.geometry.boundingBox());
        records.append(record);
        return !(feedback && feedback->isCanceled());
      });
  if (feedback && feedback->isCanceled())
    outcome.errors << Tr::tr("import cancelled; the project is unchanged");
  if (!outcome.errors.isEmpty())
    return outcome;
  if (records.isEmpty())
  {
    outcome.errors << Tr::tr("%1: the file has no regions").arg(file);
    return outcome;
  }

  if (!store.beginTransaction(&error))
  {
    outcome.errors << error;
    return outcome;
  }
  auto abort = [&](const QString &message)
  {
    store.rollback();
    outcome.errors << message;
    return outcome;
  };
  if (store.crsAuthId().isEmpty())
  {
    QgsPointXY centre = extent.center();
    if (!sourceCrs.isGeographic())
      centre = QgsCoordinateTransform(sourceCrs,
                                      QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                      options.transformContext)
                   .transform(centre);
    if (!store.setCrs(suggestProjectCrs(sourceCrs, centre), &error))
      return abort(error);
  }
  const QgsCoordinateTransform transform(sourceCrs, QgsCoordinateReferenceSystem(store.crsAuthId()),
                                         options.transformContext);
  for (RegionRecord &record : records)
  {
    try
    {
      record.geometry.transform(transform);
    }
    catch (const QgsCsException &exception)
    {
      return abort(Tr::tr("%1: region %2: cannot transform it to %3: %4")
                       .arg(file, record.name, store.crsAuthId(), exception.what()));
    }
  }
  if (!replaceRegions(store, options.kind, records, outcome.replaced, &error))
    return abort(Tr::tr("%1: %2").arg(file, error));
  outcome.added = records.size();
  if (!store.appendAudit(QStringLiteral("import-regions"), file,
                         QStringLiteral("%1 %2").arg(outcome.replaced).arg(options.kind),
                         QStringLiteral("%1 %2").arg(outcome.added).arg(options.kind), &error) ||
      !store.commit(&error))
    return abort(error);
  outcome.ok = true;
  outcome.rows = records.size();
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
