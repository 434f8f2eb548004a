#pragma once

#include "hazarddeadlinerule.h"
#include "hiddendanger.h"

#include <QString>

class OGRFeature;
class OGRLayer;

namespace riskatlas
{

class ProjectStore;

/**
 * The hidden-danger register in the project: the `hazards` point layer (one row per hidden
 * danger, in the project CRS, drawn where its unit is unless the register gave a position) and
 * the project's deadline rule (metadata). The layer is made by the first import, so projects
 * of every schema version open unchanged, and a project without it has an empty register.
 */
class HazardTable
{
public:
  static const char *layerName() { return "hazards"; }
  //! Metadata key of the deadline rule (HazardDeadlineRule::toJson()).
  static QString deadlineRuleKey() { return QStringLiteral("hazard_deadlines"); }

  //! The layer, or null when the project has no register yet.
  static OGRLayer *layer(ProjectStore &store);
  //! The layer, made in the project CRS (inside the caller's transaction) when missing.
  static OGRLayer *ensureLayer(ProjectStore &store, QString *error);

  //! Writes every field of \a hazard the register keeps (not its geometry, source or fid).
  static void write(OGRFeature &feature, const HiddenDanger &hazard);
  //! The register's fields of one row (unit name, sector and district are not stored).
  static HiddenDanger read(const OGRFeature &feature);
  //! Every stored field as text, for the audit log (compact JSON).
  static QString auditValue(const HiddenDanger &hazard);

  static HazardDeadlineRule deadlineRule(const ProjectStore &store);
  static bool setDeadlineRule(ProjectStore &store, const HazardDeadlineRule &rule, QString *error);
};

} // namespace riskatlas
