#include "projectassessor.h"

#include "assessmentsummary.h"
#include "gdalsupport.h"
#include "inputfields.h"
#include "projectschema.h"
#include "projectstore.h"
#include "reproducibletime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsdistancearea.h>
#include <qgsfeedback.h>
#include <qgsgeometryengine.h>
#include <qgsproject.h>
#include <qgsspatialindex.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

struct RegionShape
{
  qint64 fid = 0;
  QString id;
  QString name;
  QString kind;
  QString parentId;
  QgsGeometry geometry;
  std::unique_ptr<QgsGeometryEngine> engine;
  QList<RegionUnit> units;
  RiskLevel influenceLevel = RiskLevel::None; //!< the highest source whose zone reaches it
  QStringList raisedBy;
};

class RegionLocator
{
public:
  explicit RegionLocator(OGRLayer *layer)
  {
    if (!layer)
      return;
    layer->ResetReading();
    for (auto &feature : *layer)
    {
      auto shape = std::make_unique<RegionShape>();
      shape->fid = feature->GetFID();
      shape->id = stringField(*feature, "region_id");
      shape->name = stringField(*feature, "name");
      shape->kind = stringField(*feature, "kind");
      shape->parentId = stringField(*feature, "parent_id");
      shape->geometry = qgsGeometry(*feature);
      shape->engine.reset(QgsGeometry::createGeometryEngine(shape->geometry.constGet()));
      shape->engine->prepareGeometry();
      mIndex.addFeature(shape->fid, shape->geometry.boundingBox());
      mByFid.insert(shape->fid, mShapes.size());
      mShapes.push_back(std::move(shape));
    }
  }

  /**
   * The regions a point belongs to, one per kind: the region containing it, or for a point on
   * a shared border the one with the smallest code, so no unit is counted twice.
   */
  QList<RegionShape *> regionsAt(const QgsGeometry &point)
  {
    QHash<QString, RegionShape *> byKind;
    for (QgsFeatureId fid : mIndex.intersects(point.boundingBox()))
    {
      RegionShape *shape = mShapes.at(mByFid.value(fid)).get();
      if (!shape->engine->intersects(point.constGet()))
        continue;
      RegionShape *&chosen = byKind[shape->kind];
      if (!chosen || shape->id < chosen->id)
        chosen = shape;
    }
    QList<RegionShape *> regions = byKind.values();
    std::sort(regions.begin(), regions.end(),
              [](RegionShape *a, RegionShape *b)
              { return regionKindRank(a->kind) < regionKindRank(b->kind); });
    return regions;
  }

  /**
   * For a unit without a position: the region whose code or name is \a hint (the most basic
   * kind if several match) and that region's parent.
   */
  QList<RegionShape *> regionsNamed(const QString &hint)
  {
    RegionShape *match = nullptr;
    for (const auto &shape : mShapes)
    {
      if ((shape->id == hint || shape->name == hint) &&
          (!match || regionKindRank(shape->kind) < regionKindRank(match->kind)))
        match = shape.get();
    }
    if (!match)
      return {};
    QList<RegionShape *> regions{match};
    for (const auto &shape : mShapes)
    {
      if (!match->parentId.isEmpty() && shape->id == match->parentId && shape->kind != match->kind)
        regions.append(shape.get());
    }
    return regions;
  }

  //! Every region (any kind) a geometry touches.
  QList<RegionShape *> regionsTouching(const QgsGeometry &geometry)
  {
    QList<RegionShape *> regions;
    for (QgsFeatureId fid : mIndex.intersects(geometry.boundingBox()))
    {
      RegionShape *shape = mShapes.at(mByFid.value(fid)).get();
      if (shape->engine->intersects(geometry.constGet()))
        regions.append(shape);
    }
    return regions;
  }

  std::vector<std::unique_ptr<RegionShape>> &shapes() { return mShapes; }

private:
  QgsSpatialIndex mIndex;
  QHash<qint64, size_t> mByFid;
  std::vector<std::unique_ptr<RegionShape>> mShapes;
};

QString describeProblem(const QString &unitId, const InputProblem &problem)
{
  return Tr::tr("unit %1: field %2: value \"%3\": allowed %4")
      .arg(unitId, problem.field, problem.value, problem.allowed);
}

QString describeResult(const UnitAssessment &result, const QVariantMap &inputs)
{
  if (!result.scored)
    return Tr::tr("%1: unscored (%2 = \"%3\")")
        .arg(result.methodId, result.problem.field, result.problem.value);
  const QString control = inputs.value(InputFields::control()).toString();
  return Tr::tr("%1 %2, score %3 → %4, control %5")
      .arg(result.methodId, result.methodVersion, QString::number(result.score, 'g', 6),
           levelKey(result.inherentLevel), control.isEmpty() ? Tr::tr("not given") : control);
}

//! The region's level for each category of its units, by the same rule, as JSON.
QString categoryLevels(const RegionShape &shape, const RegionAggregator &aggregator, double areaKm2)
{
  QMap<QString, QList<RegionUnit>> byCategory;
  for (const RegionUnit &unit : shape.units)
    byCategory[unit.category].append(unit);
  QJsonObject levels;
  for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
    levels.insert(it.key(), levelKey(aggregator.aggregate(it.value(), areaKm2).level));
  return QString::fromUtf8(QJsonDocument(levels).toJson(QJsonDocument::Compact));
}

bool writeRegionResult(OGRLayer &layer, const RegionShape &shape, const RegionResult &result,
                       const QString &categoryLevels, QString *error)
{
  OGRFeatureUniquePtr feature(layer.GetFeature(shape.fid));
  setStringField(*feature, "category_levels", categoryLevels);
  setStringField(*feature, "raised_by",
                 shape.raisedBy.isEmpty() ? QString() : shape.raisedBy.join(QLatin1Char(',')));
  setStringField(*feature, "level", levelKey(result.level));
  setStringField(*feature, "level_zh", levelNameZh(result.level));
  feature->SetField("unit_count", result.units);
  feature->SetField("aggregate_index", result.index);
  for (RiskLevel level : assessedLevels())
    feature->SetField(QStringLiteral("count_%1").arg(levelKey(level)).toUtf8().constData(),
                      result.counts.count(level));
  if (layer.SetFeature(feature.get()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("region %1: cannot write its result: %2").arg(shape.name, lastGdalError());
    return false;
  }
  return true;
}

bool recordRun(ProjectStore &store, const MethodSet &methodSet, AggregationRule aggregation,
               const AssessOutcome &outcome, QString *error)
{
  OGRLayer *runs = store.dataset().GetLayerByName(ProjectSchema::runsTable());
  OGRFeatureUniquePtr run(OGRFeature::CreateFeature(runs->GetLayerDefn()));
  setStringField(*run, "timestamp", reproducibleNow().toString(Qt::ISODate));
  setStringField(*run, "user", operatingSystemUser());
  setStringField(*run, "method_set_hash", methodSet.hash());
  setStringField(*run, "aggregation", aggregationRuleKey(aggregation));
  run->SetField("units", outcome.units);
  run->SetField("scored", outcome.scored);
  if (runs->CreateFeature(run.get()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("cannot record the run: %1").arg(lastGdalError());
    return false;
  }
  return store.storeMethodSetCopy(methodSet, error) &&
         store.setMetadata(ProjectSchema::aggregationKey(), aggregationRuleKey(aggregation),
                           error) &&
         store.appendAudit(QStringLiteral("assess"), QStringLiteral("project"), QString(),
                           QStringLiteral("method set %1, aggregation %2, %3 of %4 units scored")
                               .arg(methodSet.hash().left(12), aggregationRuleKey(aggregation))
                               .arg(outcome.scored)
                               .arg(outcome.units),
                           error);
}
} // namespace

AssessOutcome ProjectAssessor::run(ProjectStore &store, const MethodSet &methodSet,
                                   AggregationRule aggregation, QgsFeedback *feedback)
{
  AssessOutcome outcome;
  outcome.methodSetHash = methodSet.hash();
  OGRLayer *units = store.unitsLayer();
  if (!units)
  {
    outcome.error =
        Tr::tr("%1: the project has no units; import some with import-units").arg(store.path());
    return outcome;
  }
  if (methodSet.influenceZonesEnabled() &&
      QgsCoordinateReferenceSystem(store.crsAuthId()).isGeographic())
  {
    outcome.error = Tr::tr("hazard influence zones are distances in metres and need a projected "
                           "project CRS, not %1")
                        .arg(store.crsAuthId());
    return outcome;
  }
  if (!store.beginTransaction(&outcome.error))
    return outcome;
  auto abort = [&](const QString &message)
  {
    store.rollback();
    outcome.error = message;
    return outcome;
  };

  RegionLocator locator(store.regionsLayer());
  const qint64 total = qMax<GIntBig>(1, units->GetFeatureCount(TRUE));
  QList<qint64> fids;
  units->ResetReading();
  for (auto &feature : *units)
    fids << feature->GetFID();

  for (qint64 fid : fids)
  {
    OGRFeatureUniquePtr feature(units->GetFeature(fid));
    const QString unitId = stringField(*feature, "unit_id");
    QVariantMap inputs;
    for (const QString &input : InputFields::scoringInputs())
      inputs.insert(input, stringField(*feature, input.toUtf8().constData()));
    const UnitAssessment result = methodSet.assess(stringField(*feature, "category"),
                                                   stringField(*feature, "sector"), inputs);
    const QString previousLevel = stringField(*feature, "level");

    const QgsGeometry position = qgsGeometry(*feature);
    const QString shapeWkt = stringField(*feature, "shape");
    const QgsGeometry shape = shapeWkt.isEmpty() ? QgsGeometry() : QgsGeometry::fromWkt(shapeWkt);
    QList<RegionShape *> regions;
    QJsonObject shares;
    if (!shape.isNull())
    {
      // Line and area units belong to every region they cross, with their length or area share.
      regions = locator.regionsTouching(shape);
      const bool isLine = QgsWkbTypes::geometryType(shape.wkbType()) == QgsWkbTypes::LineGeometry;
      const double whole = isLine ? shape.length() : shape.area();
      for (RegionShape *region : regions)
      {
        const QgsGeometry part = shape.intersection(region->geometry);
        const double share = whole > 0 ? (isLine ? part.length() : part.area()) / whole : 0;
        shares.insert(region->id, std::round(share * 1e4) / 1e4);
      }
      // The unit's own region: the largest share among the most basic kind.
      std::stable_sort(regions.begin(), regions.end(),
                       [&shares](RegionShape *a, RegionShape *b)
                       {
                         if (regionKindRank(a->kind) != regionKindRank(b->kind))
                           return regionKindRank(a->kind) < regionKindRank(b->kind);
                         return shares.value(a->id).toDouble() > shares.value(b->id).toDouble();
                       });
    }
    else
      regions = position.isNull() ? locator.regionsNamed(stringField(*feature, "region_hint"))
                                  : locator.regionsAt(position);
    setStringField(*feature, "region_shares",
                   shares.isEmpty()
                       ? QString()
                       : QString::fromUtf8(QJsonDocument(shares).toJson(QJsonDocument::Compact)));
    const double zone = methodSet.influenceZonesEnabled()
                            ? methodSet.influenceDistance(stringField(*feature, "sector"))
                            : 0.0;
    if (zone > 0 && result.scored && !position.isNull())
    {
      const QgsGeometry source = shape.isNull() ? position : shape;
      for (RegionShape *reached : locator.regionsTouching(source.buffer(zone, 16)))
      {
        reached->influenceLevel = std::max(reached->influenceLevel, result.finalLevel);
        reached->raisedBy.append(unitId);
      }
    }
    RegionUnit member{stringField(*feature, "category"), stringField(*feature, "sector"),
                      result.finalLevel};
    for (RegionShape *region : regions)
    {
      member.share = shares.isEmpty() ? 1.0 : shares.value(region->id).toDouble();
      region->units.append(member);
    }
    setStringField(*feature, "region_id", regions.isEmpty() ? QString() : regions.first()->id);
    setStringField(*feature, "region", regions.isEmpty() ? QString() : regions.first()->name);
    if (regions.isEmpty())
    {
      ++outcome.outsideRegions;
      outcome.outside << unitId;
    }

    setStringField(*feature, "method", result.methodId);
    setStringField(*feature, "method_version", result.methodVersion);
    setStringField(*feature, "grade", result.grade);
    if (result.scored)
    {
      ++outcome.scored;
      feature->SetField("score", result.score);
      setStringField(*feature, "assessment_note", QString());
    }
    else
    {
      feature->SetFieldNull(feature->GetFieldIndex("score"));
      const QString problem = describeProblem(unitId, result.problem);
      setStringField(*feature, "assessment_note", problem);
      outcome.unscored << problem;
    }
    setStringField(*feature, "inherent_level", levelKey(result.inherentLevel));
    setStringField(*feature, "level", levelKey(result.finalLevel));
    setStringField(*feature, "level_zh", levelNameZh(result.finalLevel));
    if (units->SetFeature(feature.get()) != OGRERR_NONE)
      return abort(Tr::tr("unit %1: cannot write its result: %2").arg(unitId, lastGdalError()));

    const QString newLevel = levelKey(result.finalLevel);
    if (!previousLevel.isEmpty() && previousLevel != levelKey(RiskLevel::None) &&
        previousLevel != newLevel)
    {
      outcome.levelChanges.append({unitId, stringField(*feature, "name"), previousLevel, newLevel,
                                   describeResult(result, inputs)});
      if (!store.appendAudit(QStringLiteral("level"), QStringLiteral("unit %1").arg(unitId),
                             previousLevel, newLevel, &outcome.error))
        return abort(outcome.error);
    }
    ++outcome.units;
    if (feedback)
    {
      feedback->setProgress(90.0 * outcome.units / total);
      if (feedback->isCanceled())
        return abort(Tr::tr("assessment cancelled; the project is unchanged"));
    }
  }

  OGRLayer *regionsLayer = store.regionsLayer();
  const RegionAggregator aggregator = methodSet.aggregator(aggregation);
  QgsDistanceArea measure;
  const QgsCoordinateReferenceSystem crs(store.crsAuthId());
  measure.setSourceCrs(crs, QgsProject::instance()->transformContext());
  measure.setEllipsoid(crs.ellipsoidAcronym());
  for (const auto &shape : locator.shapes())
  {
    const double areaKm2 = measure.convertAreaMeasurement(measure.measureArea(shape->geometry),
                                                          QgsUnitTypes::AreaSquareKilometers);
    RegionResult result = aggregator.aggregate(shape->units, areaKm2);
    // Hazard influence zones raise a region to at least the level of the sources reaching it.
    result.level = std::max(result.level, shape->influenceLevel);
    if (!writeRegionResult(*regionsLayer, *shape, result,
                           categoryLevels(*shape, aggregator, areaKm2), &outcome.error))
      return abort(outcome.error);
  }
  if (!recordRun(store, methodSet, aggregation, outcome, &outcome.error) ||
      !store.commit(&outcome.error))
    return abort(outcome.error);
  if (feedback)
    feedback->setProgress(100.0);
  outcome.ok = true;
  return outcome;
}

} // namespace riskatlas
