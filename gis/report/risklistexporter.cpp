#include "report/risklistexporter.h"

#include "inputfields.h"
#include "report/risklisttable.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/csvwriter.h"
#include "support/gdalsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
QStringList inputsInUse(ProjectStore &store)
{
  GDALDataset &dataset = store.dataset();
  QStringList inputs;
  for (const QString &input : InputFields::scoringInputs())
  {
    CPLErrorReset();
    if (!querySingleValue(dataset,
                          QStringLiteral("SELECT 1 FROM units WHERE COALESCE(%1, '') <> '' "
                                         "LIMIT 1")
                              .arg(input))
             .isEmpty())
      inputs << input;
    if (CPLGetLastErrorType() >= CE_Failure)
      store.noteReadError(lastGdalError());
  }
  return inputs;
}

QString formatScore(const OGRFeature &feature)
{
  const int index = feature.GetFieldIndex("score");
  if (!feature.IsFieldSetAndNotNull(index))
    return QString();
  return QString::number(feature.GetFieldAsDouble(index), 'g', 15);
}
} // namespace

bool exportRiskList(ProjectStore &store, const QString &csvPath, int *rowsWritten, QString *error)
{
  CsvWriter csv(csvPath);
  // CSV header → units field. Appended columns go last: scripts read these by position too.
  const QList<QPair<QString, const char *>> fixed{
      {QStringLiteral("id"), "unit_id"},
      {QStringLiteral("name"), "name"},
      {QStringLiteral("category"), "category"},
      {QStringLiteral("sector"), "sector"},
      {QStringLiteral("sector_name"), "sector_name"},
      {QStringLiteral("region"), "region"},
      {QStringLiteral("method"), "method"},
      {QStringLiteral("score"), "score"},
      {QStringLiteral("inherent_level"), "inherent_level"},
      {QStringLiteral("level"), "level"},
      {QStringLiteral("level_zh"), "level_zh"},
      {QStringLiteral("method_version"), "method_version"},
      {QStringLiteral("grade"), "grade"}};
  QStringList header;
  for (const auto &column : fixed)
    header << column.first;
  const QStringList inputs = store.unitsLayer() ? inputsInUse(store) : QStringList();
  QStringList extras;
  for (const QJsonValue &value :
       QJsonDocument::fromJson(store.metadata(ProjectSchema::extraColumnsKey()).toUtf8()).array())
    extras << value.toString();

  csv.writeRow(header + inputs + extras);
  int rows = 0;
  if (OGRLayer *units = store.unitsLayer())
  {
    CPLErrorReset();
    OGRLayer *ordered =
        store.dataset().ExecuteSQL("SELECT * FROM units ORDER BY unit_id", nullptr, nullptr);
    if (!ordered)
    {
      store.noteReadError(lastGdalError());
      return false;
    }
    for (auto &feature : *ordered)
    {
      QStringList fields;
      for (const auto &column : fixed)
        fields << (qstrcmp(column.second, "score") == 0 ? formatScore(*feature)
                                                        : stringField(*feature, column.second));
      for (const QString &input : inputs)
        fields << stringField(*feature, input.toUtf8().constData());
      const QJsonObject kept =
          QJsonDocument::fromJson(stringField(*feature, "attributes").toUtf8()).object();
      for (const QString &extra : extras)
        fields << kept.value(extra).toString();
      csv.writeRow(fields);
      ++rows;
    }
    if (CPLGetLastErrorType() >= CE_Failure)
      store.noteReadError(lastGdalError());
    store.dataset().ReleaseResultSet(ordered);
    Q_UNUSED(units)
  }
  // A list read from a damaged project is not written at all.
  if (store.hasReadError() || !csv.commit(error))
    return false;
  if (rowsWritten)
    *rowsWritten = rows;
  return true;
}

bool exportRiskListTable(ProjectStore &store, const QString &csvPath, const QString &language,
                         int *rowsWritten, QString *error)
{
  RiskListTable table;
  if (!table.read(store, language))
    return false; // a list read from a damaged project is not written at all
  CsvWriter csv(csvPath);
  csv.writeRow(table.headers());
  for (int row = 0; row < table.rowCount(); ++row)
  {
    QStringList fields;
    for (const RiskListCell &cell : table.row(row))
      fields << cell.text;
    csv.writeRow(fields);
  }
  if (!csv.commit(error))
    return false;
  if (rowsWritten)
    *rowsWritten = table.rowCount();
  return true;
}

} // namespace riskatlas
