#include "slidedeck.h"

#include "workflow/projectsession.h"
#include "workflow/regiondistricts.h"
#include "workflow/unitquery.h"

#include <QLocale>
#include <vector>

namespace riskatlas
{

namespace
{
//! Major units a note names before "and n more".
constexpr int NotedUnits = 5;

bool sameText(const QString &a, const QString &b)
{
  return a.compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

SlideDeck::SlideDeck(const DeckFacts &facts, const QString &language)
    : mFacts(facts), mLanguage(language == QLatin1String("en") ? language : QStringLiteral("zh"))
{
  mFacts.summary.sortRegions();
  addCity();
  addCounts();
  addCategories();
  addDistricts();
  addMajorUnits();
}

bool SlideDeck::read(const QString &path, const QString &language, DeckFacts &facts, QString *error)
{
  Problem problem;
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
  if (!session)
  {
    if (error)
      *error = problem.message();
    return false;
  }
  facts.projectName = session->projectName();
  facts.taxonomy = session->taxonomy(&problem);
  facts.summary = session->summary(&problem);
  session.reset();
  if (!problem.reason.isEmpty())
  {
    if (error)
      *error = problem.message();
    return false;
  }
  QHash<QString, QString> districtNames;
  for (const RegionSummary &region : std::as_const(facts.summary.regions))
    districtNames.insert(region.id, region.name);
  QString readError;
  const QHash<QString, QString> districts = regionDistricts(path, &readError);
  auto query = UnitQuery::open(path, &readError);
  if (!query || !readError.isEmpty())
  {
    if (error)
      *error = readError;
    return false;
  }
  UnitFilter major;
  major.level = RiskLevel::Major;
  std::vector<qint64> fids;
  if (!query->orderedFids(major, UnitField::Score, Qt::DescendingOrder, fids))
  {
    if (error)
      *error = query->error();
    return false;
  }
  facts.majorUnits.clear();
  constexpr int Page = 256;
  for (size_t first = 0; first < fids.size(); first += Page)
  {
    const int count = static_cast<int>(std::min<size_t>(Page, fids.size() - first));
    for (const UnitTableRecord &record : query->records(fids.data() + first, count))
    {
      if (record.fid == 0)
        continue;
      SlideUnit unit;
      unit.unitId = record.unitId;
      unit.name = record.name;
      unit.category = record.category;
      const Sector *sector = facts.taxonomy.findSector(record.sector);
      unit.sector = sector ? sector->name(language) : record.sectorName;
      if (unit.sector.isEmpty())
        unit.sector = record.sector;
      unit.districtId = districts.value(record.regionId);
      unit.district = districtNames.value(unit.districtId);
      unit.score = record.score;
      facts.majorUnits << unit;
    }
  }
  if (!query->error().isEmpty())
  {
    if (error)
      *error = query->error();
    return false;
  }
  return true;
}

QString SlideDeck::countsLine(const LevelCounts &counts) const
{
  QStringList parts;
  for (RiskLevel level : assessedLevels())
    parts << QStringLiteral("%1 %2").arg(levelName(level, mLanguage),
                                         QLocale().toString(counts.count(level)));
  return parts.join(mLanguage == QLatin1String("zh") ? QStringLiteral("，") : QStringLiteral(", "));
}

QStringList SlideDeck::majorNotes(const std::function<bool(const SlideUnit &)> &keep) const
{
  QStringList notes;
  int listed = 0;
  int more = 0;
  for (const SlideUnit &unit : mFacts.majorUnits)
  {
    if (!keep(unit))
      continue;
    if (listed < NotedUnits)
    {
      notes << tr("• %1 %2 (%3, %4)")
                   .arg(unit.unitId, unit.name, unit.sector,
                        unit.district.isEmpty() ? tr("outside every district") : unit.district);
      ++listed;
    }
    else
      ++more;
  }
  if (more > 0)
    notes << tr("… and %n more major-risk unit(s)", nullptr, more);
  if (listed == 0)
    notes << tr("No major-risk units here.");
  return notes;
}

void SlideDeck::addCity()
{
  const AssessmentSummary &summary = mFacts.summary;
  Slide slide;
  slide.kind = SlideKind::City;
  slide.title = tr("City risk map");
  slide.subtitle = tr("%1 · %n unit(s)", nullptr, summary.units).arg(mFacts.projectName);
  slide.counts = summary.levels;
  slide.units = summary.units;
  slide.notes << tr("%n unit(s) in the project.", nullptr, summary.units)
              << countsLine(summary.levels);
  if (summary.unscored > 0)
    slide.notes << tr("%n unit(s) not scored (an input missing).", nullptr, summary.unscored);
  if (summary.outsideRegions > 0)
    slide.notes << tr("%n unit(s) outside every region.", nullptr, summary.outsideRegions);
  slide.notes << tr("Major-risk units:");
  slide.notes << majorNotes([](const SlideUnit &) { return true; });
  mSlides << slide;
}

void SlideDeck::addCounts()
{
  const AssessmentSummary &summary = mFacts.summary;
  Slide slide;
  slide.kind = SlideKind::LevelCounts;
  slide.title = tr("Units by risk level");
  slide.subtitle = tr("%n unit(s) assessed", nullptr, summary.levels.total());
  slide.counts = summary.levels;
  slide.units = summary.units;
  slide.notes << countsLine(summary.levels);
  for (auto it = summary.byCategory.cbegin(); it != summary.byCategory.cend(); ++it)
    slide.notes << QStringLiteral("%1: %2").arg(categoryName(it.key()), countsLine(it.value()));
  if (summary.unscored > 0)
    slide.notes << tr("%n unit(s) not scored (an input missing).", nullptr, summary.unscored);
  mSlides << slide;
}

void SlideDeck::addCategories()
{
  // The taxonomy's order, then categories units use that the taxonomy lacks.
  QStringList codes;
  for (const Category &category : mFacts.taxonomy.categories())
    codes << category.code;
  for (const QString &code : mFacts.summary.byCategory.keys())
    if (!codes.contains(code))
      codes << code;
  for (const QString &code : std::as_const(codes))
  {
    const LevelCounts counts = mFacts.summary.byCategory.value(code);
    if (counts.total() == 0)
      continue;
    Slide slide;
    slide.kind = SlideKind::Category;
    slide.category = code;
    slide.title = tr("%1: risk map").arg(categoryName(code));
    slide.subtitle = tr("%n unit(s) assessed", nullptr, counts.total());
    slide.counts = counts;
    slide.units = counts.total();
    slide.notes << countsLine(counts) << tr("Major-risk units:");
    slide.notes << majorNotes([&code](const SlideUnit &unit) { return unit.category == code; });
    mSlides << slide;
  }
}

void SlideDeck::addDistricts()
{
  // Districts; a project without them presents its coarsest regions instead.
  QString kind = regionKindKey(RegionKind::District);
  for (const QString &key : regionKindKeys())
  {
    const auto has = [&key](const RegionSummary &region) { return region.kind == key; };
    if (std::any_of(mFacts.summary.regions.cbegin(), mFacts.summary.regions.cend(), has))
    {
      kind = key;
      break;
    }
  }
  for (const RegionSummary &region : std::as_const(mFacts.summary.regions))
  {
    if (region.kind != kind)
      continue;
    Slide slide;
    slide.kind = SlideKind::District;
    slide.regionId = region.id;
    slide.level = region.result.level;
    slide.title = region.name.isEmpty() ? region.id : region.name;
    slide.subtitle = tr("Overall level: %1 · %n unit(s)", nullptr, region.result.units)
                         .arg(levelName(region.result.level, mLanguage));
    slide.counts = region.result.counts;
    slide.units = region.result.units;
    slide.notes
        << tr("%1 (%2): %3").arg(slide.title, region.id, levelName(region.result.level, mLanguage))
        << countsLine(region.result.counts);
    QStringList categories;
    for (auto it = region.categoryLevels.cbegin(); it != region.categoryLevels.cend(); ++it)
      categories << QStringLiteral("%1 %2").arg(categoryName(it.key()),
                                                levelName(it.value(), mLanguage));
    if (!categories.isEmpty())
      slide.notes << tr("By category: %1").arg(categories.join(QStringLiteral(", ")));
    if (!region.raisedBy.isEmpty())
      slide.notes << tr("Raised by the influence zone of: %1")
                         .arg(region.raisedBy.join(QStringLiteral(", ")));
    slide.notes << tr("Major-risk units:");
    const QString id = region.id;
    slide.notes << majorNotes([&id](const SlideUnit &unit) { return unit.districtId == id; });
    mSlides << slide;
  }
}

void SlideDeck::addMajorUnits()
{
  const QList<SlideUnit> &units = mFacts.majorUnits;
  const int pages = std::max(1, int((units.size() + MajorRowsPerSlide - 1) / MajorRowsPerSlide));
  for (int page = 0; page < pages; ++page)
  {
    Slide slide;
    slide.kind = SlideKind::MajorUnits;
    slide.page = page;
    slide.pages = pages;
    slide.title = tr("Major-risk units");
    slide.rows = units.mid(page * MajorRowsPerSlide, MajorRowsPerSlide);
    slide.counts.add(RiskLevel::Major, static_cast<int>(units.size()));
    slide.units = static_cast<int>(units.size());
    if (mFacts.summary.levels.total() == 0)
      slide.subtitle = tr("The project is not assessed yet");
    else if (units.isEmpty())
      slide.subtitle = tr("No unit is at major risk");
    else if (pages == 1)
      slide.subtitle = tr("%n unit(s), highest score first", nullptr, int(units.size()));
    else
      slide.subtitle = tr("%1–%2 of %3, highest score first")
                           .arg(page * MajorRowsPerSlide + 1)
                           .arg(page * MajorRowsPerSlide + slide.rows.size())
                           .arg(units.size());
    // Where this page's units lie, for the presenter.
    QMap<QString, int> byDistrict;
    for (const SlideUnit &unit : std::as_const(slide.rows))
      ++byDistrict[unit.district.isEmpty() ? tr("outside every district") : unit.district];
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it)
      slide.notes << tr("%1: %n unit(s) on this page", nullptr, it.value()).arg(it.key());
    slide.notes << tr("%n major-risk unit(s) in all.", nullptr, int(units.size()));
    mSlides << slide;
  }
}

int SlideDeck::indexOf(SlideKind kind) const
{
  for (int i = 0; i < mSlides.size(); ++i)
    if (mSlides.at(i).kind == kind)
      return i;
  return -1;
}

int SlideDeck::districtSlide(const QString &text) const
{
  for (int i = 0; i < mSlides.size(); ++i)
  {
    const Slide &slide = mSlides.at(i);
    if (slide.kind == SlideKind::District &&
        (sameText(slide.title, text) || sameText(slide.regionId, text)))
      return i;
  }
  return -1;
}

int SlideDeck::categorySlide(const QString &text) const
{
  for (int i = 0; i < mSlides.size(); ++i)
  {
    const Slide &slide = mSlides.at(i);
    if (slide.kind == SlideKind::Category &&
        (sameText(categoryName(slide.category), text) || sameText(slide.category, text)))
      return i;
  }
  return -1;
}

QStringList SlideDeck::searchTerms() const
{
  QStringList terms;
  for (const Slide &slide : mSlides)
    if (slide.kind == SlideKind::District)
      terms << slide.title;
  for (const Slide &slide : mSlides)
    if (slide.kind == SlideKind::Category)
      terms << categoryName(slide.category);
  return terms;
}

QString SlideDeck::categoryName(const QString &code) const
{
  for (const Category &category : mFacts.taxonomy.categories())
    if (category.code == code)
      return category.name(mLanguage);
  return code.isEmpty() ? tr("(no category)") : code;
}

} // namespace riskatlas
