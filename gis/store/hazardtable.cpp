#include "store/hazardtable.h"

#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardTable)
};

struct FieldSpec
{
  const char *name;
  OGRFieldType type;
};

// The register's columns (domain.md §8), in the order QGIS shows them.
const FieldSpec Fields[] = {{"hazard_id", OFTString},
                            {"unit_id", OFTString},
                            {"description", OFTString},
                            {"grade", OFTString},
                            {"source", OFTString},
                            {"round", OFTString},
                            {"found_date", OFTString},
                            {"deadline", OFTString},
                            {"responsible_party", OFTString},
                            {"responsible_person", OFTString},
                            {"measures", OFTString},
                            {"funds", OFTReal},
                            {"status", OFTString},
                            {"status_zh", OFTString},
                            {"rectified_date", OFTString},
                            {"verifier", OFTString},
                            {"closed_date", OFTString},
                            {"listing", OFTString},
                            {"position_given", OFTInteger},
                            {"source_file", OFTString},
                            {"source_row", OFTInteger}};

QString dateText(const QDate &date)
{
  return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateField(const OGRFeature &feature, const char *name)
{
  return QDate::fromString(stringField(feature, name), Qt::ISODate);
}
} // namespace

OGRLayer *HazardTable::layer(ProjectStore &store)
{
  return store.dataset().GetLayerByName(layerName());
}

OGRLayer *HazardTable::ensureLayer(ProjectStore &store, QString *error)
{
  if (OGRLayer *existing = layer(store))
    return existing;
  OGRLayer *units = store.unitsLayer();
  if (!units)
  {
    if (error)
      *error = Tr::tr("the project has no units yet");
    return nullptr;
  }
  const char *options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", nullptr};
  OGRLayer *created = store.dataset().CreateLayer(layerName(), units->GetSpatialRef(), wkbPoint,
                                                  const_cast<char **>(options));
  if (!created)
  {
    if (error)
      *error =
          Tr::tr("cannot create table %1: %2").arg(QString::fromUtf8(layerName()), lastGdalError());
    return nullptr;
  }
  for (const FieldSpec &spec : Fields)
  {
    OGRFieldDefn definition(spec.name, spec.type);
    if (created->CreateField(&definition) != OGRERR_NONE)
    {
      if (error)
        *error =
            Tr::tr("cannot create field %1.%2: %3")
                .arg(QString::fromUtf8(layerName()), QString::fromUtf8(spec.name), lastGdalError());
      return nullptr;
    }
  }
  if (!executeSql(store.dataset(),
                  QStringLiteral("CREATE UNIQUE INDEX hazards_hazard_id ON hazards(hazard_id)"),
                  error) ||
      !executeSql(store.dataset(),
                  QStringLiteral("CREATE INDEX hazards_unit_id ON hazards(unit_id)"), error))
    return nullptr;
  return created;
}

void HazardTable::write(OGRFeature &feature, const HiddenDanger &hazard)
{
  setStringField(feature, "hazard_id", hazard.id);
  setStringField(feature, "unit_id", hazard.unitId);
  setStringField(feature, "description", hazard.description);
  setStringField(feature, "grade", hazardGradeKey(hazard.grade));
  setStringField(feature, "source", hazard.source);
  setStringField(feature, "round", hazard.round);
  setStringField(feature, "found_date", dateText(hazard.foundDate));
  setStringField(feature, "deadline", dateText(hazard.deadline));
  setStringField(feature, "responsible_party", hazard.responsibleParty);
  setStringField(feature, "responsible_person", hazard.responsiblePerson);
  setStringField(feature, "measures", hazard.measures);
  if (hazard.funds)
    feature.SetField("funds", *hazard.funds);
  else
    feature.SetFieldNull(feature.GetFieldIndex("funds"));
  setStringField(feature, "status", hazardStatusKey(hazard.status));
  setStringField(feature, "status_zh", hazardStatusNameZh(hazard.status));
  setStringField(feature, "rectified_date", dateText(hazard.rectifiedDate));
  setStringField(feature, "verifier", hazard.verifier);
  setStringField(feature, "closed_date", dateText(hazard.closedDate));
  setStringField(feature, "listing", hazardListingKey(hazard.listing));
}

HiddenDanger HazardTable::read(const OGRFeature &feature)
{
  HiddenDanger hazard;
  hazard.id = stringField(feature, "hazard_id");
  hazard.unitId = stringField(feature, "unit_id");
  hazard.description = stringField(feature, "description");
  hazardGradeFromText(stringField(feature, "grade"), hazard.grade);
  hazard.source = stringField(feature, "source");
  hazard.round = stringField(feature, "round");
  hazard.foundDate = dateField(feature, "found_date");
  hazard.deadline = dateField(feature, "deadline");
  hazard.responsibleParty = stringField(feature, "responsible_party");
  hazard.responsiblePerson = stringField(feature, "responsible_person");
  hazard.measures = stringField(feature, "measures");
  const int funds = feature.GetFieldIndex("funds");
  if (funds >= 0 && feature.IsFieldSetAndNotNull(funds))
    hazard.funds = feature.GetFieldAsDouble(funds);
  hazardStatusFromText(stringField(feature, "status"), hazard.status);
  hazard.rectifiedDate = dateField(feature, "rectified_date");
  hazard.verifier = stringField(feature, "verifier");
  hazard.closedDate = dateField(feature, "closed_date");
  hazardListingFromText(stringField(feature, "listing"), hazard.listing);
  return hazard;
}

QString HazardTable::auditValue(const HiddenDanger &hazard)
{
  QJsonObject json{{QStringLiteral("unit_id"), hazard.unitId},
                   {QStringLiteral("grade"), hazardGradeKey(hazard.grade)},
                   {QStringLiteral("round"), hazard.round},
                   {QStringLiteral("found_date"), dateText(hazard.foundDate)},
                   {QStringLiteral("deadline"), dateText(hazard.deadline)},
                   {QStringLiteral("status"), hazardStatusKey(hazard.status)},
                   {QStringLiteral("rectified_date"), dateText(hazard.rectifiedDate)},
                   {QStringLiteral("verifier"), hazard.verifier},
                   {QStringLiteral("closed_date"), dateText(hazard.closedDate)},
                   {QStringLiteral("listing"), hazardListingKey(hazard.listing)}};
  return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

HazardDeadlineRule HazardTable::deadlineRule(const ProjectStore &store)
{
  HazardDeadlineRule rule;
  const QString text = store.metadata(deadlineRuleKey());
  if (!text.isEmpty())
    HazardDeadlineRule::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), rule, nullptr);
  return rule;
}

bool HazardTable::setDeadlineRule(ProjectStore &store, const HazardDeadlineRule &rule,
                                  QString *error)
{
  return store.setMetadata(
      deadlineRuleKey(),
      QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)), error);
}

} // namespace riskatlas
