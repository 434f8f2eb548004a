#pragma once

#include "api/assessoutcome.h"
#include "api/hazardrequest.h"
#include "api/importoptions.h"
#include "api/importoutcome.h"
#include "api/mapexport.h"
#include "api/openmode.h"
#include "api/problem.h"
#include "api/unitcreation.h"
#include "api/unitedit.h"
#include "assessmentcomparison.h"
#include "assessmentsummary.h"
#include "auditentry.h"
#include "explanation.h"
#include "hazarddeadlinerule.h"
#include "hazardstatistics.h"
#include "hiddendanger.h"
#include "methodset.h"
#include "regionaggregation.h"
#include "reviewsession.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>
#include <qgscoordinatetransformcontext.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;
struct ComparedProjects;

//! What to score an assessment with.
struct AssessRequest
{
  //! A method set for this run only (e.g. MethodSet::forMethod("lec")); unset: the project's.
  std::optional<MethodSet> methodSet;
  //! How regions take their level; unset: the rule the project keeps (max for a new project).
  std::optional<AggregationRule> aggregation;
  AssessScope scope = AssessScope::Changes;
  //! Datum transformations for measuring region areas (e.g. the workbench project's); empty:
  //! PROJ's preferred ones.
  QgsCoordinateTransformContext transformContext;
};

/**
 * One open RiskAtlas project and every step of the workflow on it: import, grid, assess,
 * method-set and taxonomy replacement, exports. Each step is one committed transaction (or
 * nothing), after which the session refreshes what QGIS Desktop reads from the file (default
 * styles, the embedded QGIS project); problems come back as data, for each front end to word.
 *
 * A session touches no process-global state, so a QgsTask may own one in its own thread; it is
 * used from one thread at a time. The command line and the workbench share this class.
 */
class ProjectSession
{
  Q_DECLARE_TR_FUNCTIONS(ProjectSession)

public:
  ~ProjectSession();
  ProjectSession(const ProjectSession &) = delete;
  ProjectSession &operator=(const ProjectSession &) = delete;

  /**
   * Creates a project file (FileExists when it exists and \a overwrite is false). \a crsAuthId
   * may be empty: the first imported layer then decides it.
   */
  static std::unique_ptr<ProjectSession> create(const QString &path, const QString &name,
                                                const QString &crsAuthId, bool overwrite,
                                                Problem *problem);
  /**
   * Opens a project, migrating older schemas, and rewrites its embedded QGIS project when the
   * file was renamed since it was written (failure to rewrite is a warning).
   */
  static std::unique_ptr<ProjectSession> open(const QString &path, Problem *problem);
  /**
   * Opens a project in \a mode. ReadOnly changes nothing in the file: no migration (a foreign
   * GeoPackage or an older schema is refused) and no repair of the embedded QGIS project. A
   * project locked by another program is waited for, then refused as in use; a damaged one is
   * refused with ProblemKind::Damaged.
   */
  static std::unique_ptr<ProjectSession> open(const QString &path, OpenMode mode, Problem *problem);

  QString path() const { return mPath; }
  QString projectName();
  QString crsAuthId();
  //! The project's taxonomy; \a problem (Damaged) is set when the project could not be read.
  Taxonomy taxonomy(Problem *problem = nullptr);
  //! The method set assessments use; \a problem as for taxonomy().
  MethodSet methodSet(Problem *problem = nullptr);
  //! A method set a past run used, by its hash (or a unique prefix of at least 8 digits).
  bool methodSetByHash(const QString &hash, MethodSet &set, Problem *problem);
  //! The aggregation rule of the last assessment (max before the first).
  AggregationRule aggregationRule();
  //! The figures of the last assessment; \a problem as for taxonomy().
  AssessmentSummary summary(Problem *problem = nullptr);

  ImportOutcome importUnits(const QString &file, const UnitImportOptions &options,
                            QgsFeedback *feedback);
  ImportOutcome importRegions(const QString &file, const RegionImportOptions &options,
                              QgsFeedback *feedback);
  ImportOutcome makeGrid(const GridOptions &options, QgsFeedback *feedback);
  AssessOutcome assess(const AssessRequest &request, QgsFeedback *feedback);

  //! Makes \a set the project's method set (stored by hash; earlier runs keep theirs).
  bool replaceMethodSet(const MethodSet &set, Problem *problem);
  //! Reads and checks a method-set file against the project's taxonomy, then adopts it.
  bool replaceMethodSetFromFile(const QString &file, MethodSet &set, Problems *problems);
  //! Replaces the taxonomy; refuses to drop a sector that units still use.
  bool replaceTaxonomy(const Taxonomy &taxonomy, Problem *problem);
  bool replaceTaxonomyFromFile(const QString &file, Taxonomy &taxonomy, Problem *problem);

  bool exportMethodSet(const MethodSet &set, const QString &file, Problem *problem);
  bool exportTaxonomy(const QString &file, Problem *problem);
  //! The risk list (风险清单) as CSV; \a rows gets the number of units written.
  bool exportRiskList(const QString &file, int *rows, Problem *problem);
  /**
   * The risk list as CSV or XLSX (by the file's suffix, see riskListFormat()). With an empty
   * \a language a CSV keeps the documented columns (docs/cli.md) and an XLSX is in Chinese;
   * "zh" or "en" give the people's list: headers, names and levels in that language, with
   * each unit's position in the project CRS and in WGS 84.
   */
  bool exportRiskList(const QString &file, const QString &language, int *rows, Problem *problem);
  /**
   * The four-colour map as PDF, PNG or SVG (by the file's suffix). \a request must have passed
   * checkMapRequest(); the category must be the project's.
   */
  MapExport exportMap(const MapRequest &request, const QString &file);
  //! The report with the built-in wording (writeReport() without a template folder).
  bool writeReport(const QString &file, const QString &language, Problem *problem);
  /**
   * The assessment report in the format of \a file's suffix (reportFormat()): the A4 PDF, DOCX,
   * ODT and HTML through pandoc (a Failed problem naming pandoc and its package when it is
   * missing), or the XLSX of the risk list, regions and sectors. The narrative wording, logo and
   * project facts come from \a templateFolder when given, then the template stored in the
   * project (storeReportTemplate()), then the user folder (ReportTemplates::userFolder()), then
   * the built-in set.
   */
  bool writeReport(const QString &file, const QString &language, const QString &templateFolder,
                   Problem *problem);
  /**
   * The same report with the section "Comparison with the previous assessment" (与上期评估对比)
   * against the project file \a older (compareWith(): counts by level before and after, the
   * changed regions and units, the change map); the XLSX has no such section. An empty
   * \a older: as without it.
   */
  bool writeReport(const QString &file, const QString &language, const QString &templateFolder,
                   const QString &older, Problem *problem);

  /**
   * Stores the report template of \a folder (ReportTemplateArchive: wording, logo, facts) in the
   * project, replacing any stored before, in one audited transaction ("set-report-template");
   * \a files lists what was stored. An unreadable or invalid file (a logo that is no PNG, facts
   * that are no JSON object) or a folder without template files changes nothing.
   */
  bool storeReportTemplate(const QString &folder, QStringList *files, Problem *problem);
  //! Removes the stored report template (audited "clear-report-template"); true when none.
  bool clearReportTemplate(Problem *problem);
  //! The files of the stored report template, empty when there is none.
  QStringList reportTemplateFiles(Problem *problem);
  //! Writes the stored report template's files into \a folder.
  bool exportReportTemplate(const QString &folder, Problem *problem);
  /**
   * The problems of a report request, found before any project is opened: SettingInvalid
   * ("output") for a suffix that is no report format (checkReportFile()), TemplateInvalid for a
   * template folder that is not a folder.
   */
  static Problems checkReportRequest(const QString &file, const QString &templateFolder);

  /**
   * The problems of \a request and the output \a file, found before any project is opened:
   * SettingInvalid problems whose setting names the request's field ("paper", "kind", "dpi",
   * "language", "basemap", "output") or TemplateInvalid for a template that is not a file.
   */
  static Problems checkMapRequest(const MapRequest &request, const QString &file);
  //! "zh" and "en": the languages of maps and reports.
  static Problems checkLanguage(const QString &language);
  //! A SettingInvalid problem (setting "output") when \a file's suffix is no report format.
  static Problems checkReportFile(const QString &file);
  //! A SettingInvalid problem (setting "output") when \a file's suffix is not .csv or .xlsx.
  static Problems checkRiskListFile(const QString &file);

  /**
   * The analyst the audit log records for this session's changes (the workbench passes its
   * preference); empty: the operating-system user, as before.
   */
  void setAnalyst(const QString &name);
  QString analyst() const { return mAnalyst; }
  //! The project's audit log, oldest first; \a problem as for taxonomy().
  QList<AuditEntry> auditLog(Problem *problem = nullptr);
  /**
   * This project's assessment against \a older's (another project file, opened read-only, or
   * this one at another time): units matched by id, regions by kind and code, final levels.
   * False with \a problem when either cannot be read.
   */
  bool compareWith(const QString &older, AssessmentComparison &comparison, Problem *problem);
  /**
   * The change map (风险等级变化图) of this project against \a older as PDF, PNG or SVG by
   * \a file's suffix: units marked raised, lowered, new, removed (at the older position) or
   * unchanged, changed regions of request.kind hatched, counts in the legend. \a request must
   * have passed checkMapRequest() (its paper, orientation, kind, dpi and language are used).
   */
  MapExport exportChangeMap(const QString &older, const MapRequest &request, const QString &file);

  //! One unit's inputs, override, results and kept columns, by fid.
  bool unitDetails(qint64 fid, UnitDetails &details, Problem *problem);
  /**
   * Changes one unit's inputs, level override or position in one transaction with one audit
   * entry (action edit-unit, override-level, clear-override or move-unit; target "unit ID"; old
   * and new values as
   * compact JSON; the reason). An override needs a reason (ReasonRequired); a unit that no longer
   * holds edit.expected is refused (EditConflict). The levels change at the next assessment.
   * \a result gets the entry (sequence 0 when nothing changed).
   */
  bool editUnit(const UnitEdit &edit, UnitEditResult *result, Problem *problem);
  /**
   * Reverses the unit edit audited as \a sequence by writing back its old values, audited as
   * "undo" with the reason "undo of #N" (reversing an undo entry: "redo", "redo of #N"); history
   * is never removed. Refused (EditConflict) when the unit no longer holds what that edit wrote.
   */
  bool reverseUnitEdit(qint64 sequence, UnitEditResult *result, Problem *problem);

  /**
   * Adds a unit at a point (project CRS) in one transaction with one audit entry (action
   * add-unit, target "unit ID", new value the unit's whole record as compact JSON). The ID is
   * required and unique, the sector must be in the taxonomy, the position a point; each refusal
   * names its field (unit_id, sector, geom or an input) and writes nothing. The unit is scored
   * with the project's method set at once and, while the last assessment's state is current,
   * its regions' levels and counts are updated too (UnitStatePatch).
   */
  bool addUnit(const UnitCreation &unit, UnitEditResult *result, Problem *problem);
  /**
   * Deletes units in one transaction, one audit entry each (action delete-unit, old value the
   * unit's whole record: every field incl. the kept columns, its geometry and fid), with the
   * \a reason (required: ReasonRequired). Their regions' levels are updated as for addUnit().
   */
  bool deleteUnits(const QList<qint64> &fids, const QString &reason, QList<UnitEditResult> *results,
                   Problem *problem);
  bool deleteUnit(qint64 fid, const QString &reason, UnitEditResult *result, Problem *problem);
  /**
   * Reverses the additions and deletions audited as \a sequences (and reversals of them) in one
   * transaction: an added unit is removed again (undo-add-unit), a deleted one restored exactly
   * (restore-unit: same ID, same fid when free, every field, input and override); reversing a
   * reversal appends add-unit or delete-unit again. Reasons read "undo of #N" / "redo of #N";
   * history is never removed. Refused (EditConflict, nothing written) when a unit to remove was
   * changed or deleted since, or the ID of a unit to restore is in use again.
   */
  bool reverseUnitPresence(const QList<qint64> &sequences, QList<UnitEditResult> *results,
                           Problem *problem);

  /**
   * Why unit or region \a unitOrRegionId has its level ("why this level?"), in \a language
   * ("zh" or "en"): read from the unit's stored inputs, override and result, or the region's
   * units, area and influence sources, and explained with the method set and aggregation rule of
   * the last assessment (the project's set before the first). A unit id is looked up first,
   * then a region code. An id the project has neither as unit nor as region is NotInProject
   * (value: the id).
   */
  bool explain(const QString &unitOrRegionId, const QString &language, Explanation &explanation,
               Problem *problem);

  // The hidden-danger register (事故隐患, projectsessionhazards.cpp). ----------------------

  /**
   * Imports a register (CSV, XLSX…) as one transaction (HazardImporter): every bad row named and
   * nothing imported, or hidden dangers upserted by id, audited as import-hazards.
   */
  ImportOutcome importHazards(const QString &file, const HazardImportOptions &options,
                              QgsFeedback *feedback);
  //! The hidden dangers \a filter selects, ordered by id (overdue judged on filter.asOf).
  QList<HiddenDanger> hazards(const HazardFilter &filter, Problem *problem);
  //! The closed loop's figures as of filter.asOf over the hidden dangers \a filter selects.
  HazardStatistics hazardStatistics(const HazardFilter &filter, Problem *problem);
  //! Writes the selected hidden dangers as a register (.csv or .xlsx); \a rows gets the count.
  bool exportHazards(const QString &file, const HazardFilter &filter, int *rows, Problem *problem);
  /**
   * The district map of rectification rate (PDF, PNG or SVG by \a file's suffix) from
   * hazardStatistics(\a filter) — the same figures as `hazards stats` — with the hidden dangers
   * on top, overdue as of filter.asOf standing out. \a request must have passed
   * checkMapRequest() (its paper, orientation, dpi and language are used).
   */
  MapExport exportRectificationMap(const HazardFilter &filter, const MapRequest &request,
                                   const QString &file);
  /**
   * Changes one hidden danger in one transaction with one audit entry (update-hazard, or
   * reopen-hazard; target "hazard ID"; old and new values as compact JSON; the reason). A status
   * moves only as HazardLifecycle allows (Invalid, or ReasonRequired to reopen); a new deadline
   * needs a reason too; an unknown id is NotInProject. \a result gets the hidden danger after.
   */
  bool updateHazard(const HazardUpdate &update, HiddenDanger *result, Problem *problem);
  //! The project's deadline rule (60 days for each grade until set).
  HazardDeadlineRule hazardDeadlineRule(Problem *problem = nullptr);
  //! Sets the deadline rule for later imports (audited as hazard-deadlines).
  bool setHazardDeadlineRule(const HazardDeadlineRule &rule, Problem *problem);
  //! A SettingInvalid problem (setting "output") when \a file's suffix is not .csv or .xlsx.
  static Problems checkHazardFile(const QString &file);

  // Review sessions with officials and experts (projectsessionreview.cpp). ----------------

  //! The project's review sessions, in the order held.
  QList<ReviewSession> reviewSessions(Problem *problem = nullptr);
  //! The session being held, if one is.
  std::optional<ReviewSession> openReviewSession(Problem *problem = nullptr);
  /**
   * Starts a review session with \a session's title, date, place, chair and participants (the
   * recorder is the analyst): one transaction that records the levels as they are and writes
   * the `review-start` audit entry. Until it ends, every change of a unit needs a reason
   * (ReasonRequired). Refused while another session is open (Invalid) or with details missing
   * (Invalid, naming the field). \a session gets its number, start and audit entry.
   */
  bool startReview(ReviewSession &session, Problem *problem);
  //! Ends the open session: records the levels as they are, `review-end`, the head hash.
  bool endReview(ReviewSession &ended, Problem *problem);
  /**
   * Writes the minutes of review session \a number (0: the last one) as PDF, DOCX, ODT or HTML
   * by \a file's suffix, in \a language ("zh"/"en"). A session still open gets minutes as of
   * now. An unknown number is NotInProject.
   */
  bool writeReviewMinutes(int number, const QString &file, const QString &language,
                          Problem *problem);
  //! A SettingInvalid problem when \a file's suffix is not .pdf, .docx, .odt or .html.
  static Problems checkMinutesFile(const QString &file);

  //! Warnings of the last steps (a style or the embedded project that could not be refreshed,
  //! a missing font), cleared by the call.
  QStringList takeWarnings();

private:
  ProjectSession(const QString &path, OpenMode mode);
  //! True, with \a problem (Damaged) set, when a read of \a project failed since the last check.
  bool readFailed(ProjectStore &project, Problem *problem);
  //! compareWith() \a older, with both projects' files, names and assessment days.
  bool readComparedProjects(const QString &older, ComparedProjects &compared, Problem *problem);
  //! The project's store, reopened after a step that let QGIS write the file.
  ProjectStore *store(Problem *problem);
  //! Closes the store and rewrites the default styles (when \a styles) and the embedded project.
  void refreshQgisViews(bool styles);
  void warnAboutFont();
  //! Runs an import step on the store, then refreshes what QGIS reads after a success.
  ImportOutcome import(const std::function<ImportOutcome(ProjectStore &)> &step);
  //! Runs \a change in one transaction, then refreshes the embedded project (and with
  //! \a restyle the layers' default styles); its error is attributed to \a file when given.
  bool commit(const std::function<bool(ProjectStore &, QString *)> &change, const QString &file,
              Problem *problem, bool restyle = false);

  //! Writes \a values into the unit (by fid, else by unit id) if it holds \a expected, audited.
  //! False with ReasonRequired when a review session is open and \a reason is empty.
  bool checkReviewReason(const QString &reason, Problem *problem);
  bool applyUnitValues(qint64 fid, const QString &unitId, const QMap<QString, QString> &values,
                       const std::optional<QMap<QString, QString>> &expected, const QString &action,
                       const QString &reason, UnitEditResult *result, Problem *problem);

  QString mPath;
  QString mAnalyst;
  OpenMode mMode = OpenMode::ReadWrite;
  std::unique_ptr<ProjectStore> mStore;
  QStringList mWarnings;
};

//! Reads a method-set file and checks it against \a taxonomy; every problem names the file.
bool readMethodSetFile(const QString &file, const Taxonomy &taxonomy, MethodSet &set,
                       Problems *problems);

} // namespace riskatlas
