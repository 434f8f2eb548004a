#include "import/hazardrowreader.h"

#include "hazardlifecycle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardImporter)
};

//! The column a refused record is to be fixed in.
QString fieldOf(HazardRefusal refusal)
{
  switch (refusal)
  {
  case HazardRefusal::MissingRectifiedDate:
    return QStringLiteral("rectified_date");
  case HazardRefusal::MissingVerifier:
    return QStringLiteral("verifier");
  case HazardRefusal::MissingClosedDate:
    return QStringLiteral("closed_date");
  default:
    break;
  }
  return QStringLiteral("status");
}
} // namespace

HazardRowReader::HazardRowReader(const SourceLayer &source, const HazardColumns &columns,
                                 const QHash<QString, QString> &unitNames,
                                 const HazardDeadlineRule &rule)
    : mFile(source.fileName()), mColumns(columns), mUnitNames(unitNames), mRule(rule)
{
  for (auto it = unitNames.cbegin(); it != unitNames.cend(); ++it)
    mUnitsByName[it.value().trimmed()] << it.key();
  for (QStringList &ids : mUnitsByName)
    ids.sort();
}

QString HazardRowReader::value(const SourceRow &row, const QString &field) const
{
  const int column = mColumns.column(field);
  return column < 0 ? QString() : row.values.value(column).trimmed();
}

bool HazardRowReader::parseDate(const QString &text, QDate &date)
{
  static const QRegularExpression pattern(
      QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                     "(?:[ T]00:00(?::00(?:\\.0+)?)?)?$"));
  static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
  QRegularExpressionMatch match = pattern.match(text.trimmed());
  if (!match.hasMatch())
    match = compact.match(text.trimmed());
  if (!match.hasMatch())
    return false;
  date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
  return date.isValid();
}

QString HazardRowReader::normaliseRound(const QString &text)
{
  static const QRegularExpression wrapped(QStringLiteral("^第?\\s*(\\S+?)\\s*轮?$"));
  const QRegularExpressionMatch match = wrapped.match(text.trimmed());
  const QString inner = match.hasMatch() ? match.captured(1) : text.trimmed();
  bool number = false;
  const int value = inner.toInt(&number);
  if (number && value > 0)
    return QString::number(value);
  static const QString digits = QStringLiteral("一二三四五六七八九");
  if (inner.size() == 1 && digits.contains(inner))
    return QString::number(digits.indexOf(inner) + 1);
  if (inner == QStringLiteral("十"))
    return QStringLiteral("10");
  return text.trimmed();
}

bool HazardRowReader::read(const SourceRow &row, HazardRecord &record, Problems &problems)
{
  const int before = problems.size();
  HiddenDanger &hazard = record.hazard;
  hazard.id = value(row, QStringLiteral("hazard_id"));
  record.sourceRow = row.featureId;
  record.location = row.location;
  auto report = [&](const QString &field, const QString &text, const QString &reason,
                    ProblemKind kind = ProblemKind::Invalid)
  {
    Problem problem;
    problem.kind = kind;
    problem.file = mFile;
    problem.location = row.location;
    problem.unitId = hazard.id;
    problem.field = mColumns.header(field);
    problem.value = text;
    problem.reason = reason;
    problems << problem;
  };

  if (hazard.id.isEmpty())
    report(QStringLiteral("hazard_id"), QString(), Tr::tr("every hidden danger needs an id"));
  else if (mSeenIds.contains(hazard.id))
    report(QStringLiteral("hazard_id"), hazard.id,
           Tr::tr("the id appears again (first at %1)").arg(mSeenIds.value(hazard.id)));
  else
    mSeenIds.insert(hazard.id, row.location);

  // The unit: by id, else by a name that names one unit.
  const QString unitId = value(row, QStringLiteral("unit_id"));
  const QString unitName = value(row, QStringLiteral("unit_name"));
  if (!unitId.isEmpty())
  {
    if (mUnitNames.contains(unitId))
      hazard.unitId = unitId;
    else
      report(QStringLiteral("unit_id"), unitId, Tr::tr("the project has no unit with this id"),
             ProblemKind::NotInProject);
  }
  else if (!unitName.isEmpty())
  {
    const QStringList ids = mUnitsByName.value(unitName);
    if (ids.size() == 1)
      hazard.unitId = ids.first();
    else if (ids.isEmpty())
      report(QStringLiteral("unit_name"), unitName,
             Tr::tr("the project has no unit with this name"), ProblemKind::NotInProject);
    else
      report(QStringLiteral("unit_name"), unitName,
             Tr::tr("%1 units have this name (%2); give the unit id")
                 .arg(ids.size())
                 .arg(ids.join(QStringLiteral(", "))));
  }
  else
    report(mColumns.has(QStringLiteral("unit_id")) ? QStringLiteral("unit_id")
                                                   : QStringLiteral("unit_name"),
           QString(), Tr::tr("every hidden danger needs its unit's id or name"));
  hazard.unitName = mUnitNames.value(hazard.unitId);

  const QString gradeText = value(row, QStringLiteral("grade"));
  if (!hazardGradeFromText(gradeText, hazard.grade))
    report(QStringLiteral("grade"), gradeText, Tr::tr("the grade must be 一般 or 重大"));

  auto readDate = [&](const QString &field, QDate &date, bool required)
  {
    const QString text = value(row, field);
    if (text.isEmpty())
    {
      if (required)
        report(field, text, Tr::tr("the date is required"));
      return;
    }
    if (!parseDate(text, date))
      report(field, text, Tr::tr("not a date (write 2026-03-01)"));
  };
  readDate(QStringLiteral("found_date"), hazard.foundDate, true);
  readDate(QStringLiteral("deadline"), hazard.deadline, false);
  readDate(QStringLiteral("rectified_date"), hazard.rectifiedDate, false);
  readDate(QStringLiteral("closed_date"), hazard.closedDate, false);
  if (!hazard.deadline.isValid() && value(row, QStringLiteral("deadline")).isEmpty())
    hazard.deadline = mRule.deadline(hazard.foundDate, hazard.grade);

  const QString statusText = value(row, QStringLiteral("status"));
  if (!statusText.isEmpty() && !hazardStatusFromText(statusText, hazard.status))
    report(QStringLiteral("status"), statusText,
           Tr::tr("the status must be 发现, 交办, 整改中, 已整改 or 已销号"));

  const QString listingText = value(row, QStringLiteral("listing"));
  if (!hazardListingFromText(listingText, hazard.listing))
    report(QStringLiteral("listing"), listingText,
           Tr::tr("the listing level must be 省级, 市级, 区级 or empty"));

  QString fundsText = value(row, QStringLiteral("funds"));
  fundsText.remove(QLatin1Char(','));
  if (!fundsText.isEmpty())
  {
    bool number = false;
    const double funds = fundsText.toDouble(&number);
    if (number && std::isfinite(funds) && funds >= 0)
      hazard.funds = funds;
    else
      report(QStringLiteral("funds"), value(row, QStringLiteral("funds")),
             Tr::tr("the funds must be a number of 0 or more"));
  }

  const QString lon = value(row, QStringLiteral("longitude"));
  const QString lat = value(row, QStringLiteral("latitude"));
  if (!lon.isEmpty() || !lat.isEmpty())
  {
    bool lonOk = false;
    bool latOk = false;
    const double x = lon.toDouble(&lonOk);
    const double y = lat.toDouble(&latOk);
    if (!lonOk || x < -180 || x > 180)
      report(QStringLiteral("longitude"), lon, Tr::tr("not a longitude from -180 to 180"));
    else if (!latOk || y < -90 || y > 90)
      report(QStringLiteral("latitude"), lat, Tr::tr("not a latitude from -90 to 90"));
    else
      record.lonLat = QgsPointXY(x, y);
  }

  hazard.description = value(row, QStringLiteral("description"));
  hazard.source = value(row, QStringLiteral("source"));
  hazard.round = normaliseRound(value(row, QStringLiteral("round")));
  hazard.responsibleParty = value(row, QStringLiteral("responsible_party"));
  hazard.responsiblePerson = value(row, QStringLiteral("responsible_person"));
  hazard.measures = value(row, QStringLiteral("measures"));
  hazard.verifier = value(row, QStringLiteral("verifier"));

  if (problems.size() == before)
  {
    const HazardVerdict verdict = HazardLifecycle::checkRecord(hazard);
    if (!verdict.allowed())
      report(fieldOf(verdict.refusal), value(row, fieldOf(verdict.refusal)), verdict.reason);
  }
  return problems.size() == before;
}

} // namespace riskatlas
