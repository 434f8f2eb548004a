#include "store/fieldlabels.h"

#include "hazardlisting.h"
#include "inputfields.h"
#include "language.h"
#include "store/hazardcolumns.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Label
{
  const char *field;
  const char *context;
  const char *text;
};

/**
 * The units' fields, in the words of the risk list (its columns are these fields; the risk
 * list adds No., coordinates and kept columns). The context stays "RiskListTable": the risk
 * list's existing translations.
 */
const Label UnitLabels[] = {
    {"unit_id", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Unit ID")},
    {"name", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Unit name")},
    {"category", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Category")},
    {"sector", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Sector code")},
    {"sector_name", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Sector")},
    {"region_id", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Region code")},
    {"region", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Region")},
    {"method", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Method")},
    {"method_version", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Method version")},
    {"score", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Score")},
    {"grade", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Grade")},
    {"inherent_level", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Inherent risk level")},
    {"level", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Risk level")},
    {"override_reason", "RiskListTable",
     QT_TRANSLATE_NOOP("RiskListTable", "Reason for the manual level")},
    {"likelihood", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Likelihood (L)")},
    {"severity", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Severity (S)")},
    {"control", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Control level")},
    // Fields the risk list does not show.
    {"level_zh", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Risk level (Chinese)")},
    {"assessment_note", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Assessment note")},
    {"source_file", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Source file")},
    {"source_row", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Source row")},
    {"attributes", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Kept columns (JSON)")},
    {"region_hint", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Region given (no position)")},
    {"shape", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Line or area (WKT)")},
    {"region_shares", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Shares per region (JSON)")},
    {"level_override", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Manual level")},
};

//! The regions' fields, in the words of the assessment workbook's region sheet where it has them.
const Label RegionLabels[] = {
    {"region_id", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region code")},
    {"name", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region name")},
    {"kind", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Region kind")},
    {"level", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Risk level")},
    {"unit_count", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Units")},
    {"aggregate_index", "AssessmentWorkbook", QT_TRANSLATE_NOOP("AssessmentWorkbook", "Index")},
    {"parent_id", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Parent region code")},
    {"level_zh", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Risk level (Chinese)")},
    {"count_major", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Major-risk units")},
    {"count_significant", "FieldLabels",
     QT_TRANSLATE_NOOP("FieldLabels", "Significant-risk units")},
    {"count_general", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "General-risk units")},
    {"count_low", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Low-risk units")},
    {"category_levels", "FieldLabels",
     QT_TRANSLATE_NOOP("FieldLabels", "Levels by category (JSON)")},
    {"raised_by", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Raised by hazard sources")},
};

/**
 * The hidden dangers' fields in English; in Chinese they read as registers head them
 * (HazardColumns::chineseHeader()), else as translated here.
 */
const Label HazardLabels[] = {
    {"hazard_id", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Hidden danger ID")},
    {"unit_id", "RiskListTable", QT_TRANSLATE_NOOP("RiskListTable", "Unit ID")},
    {"description", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Description")},
    {"grade", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Hidden danger grade")},
    {"source", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Found by")},
    {"round", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Supervision round")},
    {"found_date", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Found on")},
    {"deadline", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Deadline")},
    {"responsible_party", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Responsible party")},
    {"responsible_person", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Responsible person")},
    {"measures", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Measures")},
    {"funds", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Funds")},
    {"status", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Rectification status")},
    {"status_zh", "FieldLabels",
     QT_TRANSLATE_NOOP("FieldLabels", "Rectification status (Chinese)")},
    {"rectified_date", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Rectified on")},
    {"verifier", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Verified by")},
    {"closed_date", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Struck off on")},
    {"listing", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Listed for supervision")},
    {"position_given", "FieldLabels",
     QT_TRANSLATE_NOOP("FieldLabels", "Position from the register")},
    {"source_file", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Source file")},
    {"source_row", "FieldLabels", QT_TRANSLATE_NOOP("FieldLabels", "Source row")},
};

template <std::size_t N>
QString lookUp(const Label (&labels)[N], const QString &field, const QString &language)
{
  for (const Label &label : labels)
    if (field == QLatin1String(label.field))
      return Language::get(language).translate(label.context, label.text);
  return QString();
}
} // namespace

QString FieldLabels::unitField(const QString &field, const QString &language)
{
  const QString label = lookUp(UnitLabels, field, language);
  if (!label.isEmpty() || !InputFields::scoringInputs().contains(field))
    return label;
  // LEC and MES factors go by their letters in both languages: lec_l → "LEC L".
  return field.section(QLatin1Char('_'), 0, 0).toUpper() + QLatin1Char(' ') +
         field.section(QLatin1Char('_'), 1).toUpper();
}

QString FieldLabels::regionField(const QString &field, const QString &language)
{
  return lookUp(RegionLabels, field, language);
}

QString FieldLabels::hazardField(const QString &field, const QString &language)
{
  if (Language::get(language).code() == QLatin1String("zh"))
  {
    const QString header = HazardColumns::chineseHeader(field);
    if (header != field)
      return header;
  }
  return lookUp(HazardLabels, field, language);
}

QString FieldLabels::methodName(const QString &method, const QString &language)
{
  const Language &words = Language::get(language);
  if (method == QLatin1String("matrix"))
    return words.translate("RiskListTable", "Risk matrix (L × S)");
  if (method == QLatin1String("lec"))
    return words.translate("RiskListTable", "LEC (L × E × C)");
  if (method == QLatin1String("mes"))
    return words.translate("RiskListTable", "MES (M × E × S)");
  return method;
}

QString FieldLabels::regionKindName(const QString &kind, const QString &language)
{
  const Language &words = Language::get(language);
  if (kind == QLatin1String("district"))
    return words.translate("AssessmentWorkbook", "District");
  if (kind == QLatin1String("street"))
    return words.translate("AssessmentWorkbook", "Street");
  if (kind == QLatin1String("grid"))
    return words.translate("AssessmentWorkbook", "Grid");
  return kind;
}

QString FieldLabels::hazardListingName(const QString &listing, const QString &language)
{
  const Language &words = Language::get(language);
  HazardListing level = HazardListing::None;
  if (words.code() == QLatin1String("zh") && hazardListingFromText(listing, level) &&
      level != HazardListing::None)
    return hazardListingNameZh(level);
  if (listing == QLatin1String("district"))
    return words.translate("FieldLabels", "District level");
  if (listing == QLatin1String("city"))
    return words.translate("FieldLabels", "City level");
  if (listing == QLatin1String("province"))
    return words.translate("FieldLabels", "Province level");
  return listing;
}

} // namespace riskatlas
