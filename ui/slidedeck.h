#pragma once

#include "assessmentsummary.h"
#include "levelcounts.h"
#include "risklevel.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace riskatlas
{

//! What a slide of a presentation shows.
enum class SlideKind
{
  City,        //!< the map of every unit, regions coloured by their overall level
  LevelCounts, //!< the units by level: big numbers and bars per category
  Category,    //!< the map of one category's units, regions coloured by their level for it
  District,    //!< the map zoomed to one district
  MajorUnits,  //!< a page of the major-risk (重大风险) units list
};

//! A unit as a slide lists it.
struct SlideUnit
{
  QString unitId;
  QString name;
  QString category; //!< code
  QString sector;   //!< name in the deck's language
  QString districtId;
  QString district; //!< name; empty when the unit lies outside every district
  std::optional<double> score;
};

//! One slide: its kind, titles, what it shows and the presenter's notes.
struct Slide
{
  SlideKind kind = SlideKind::City;
  QString title;
  QString subtitle;
  QString category;                  //!< Category: its code
  QString regionId;                  //!< District: its id
  RiskLevel level = RiskLevel::None; //!< District: its overall level
  LevelCounts counts;                //!< the units shown, by level
  int units = 0;                     //!< every unit shown, scored or not
  QList<SlideUnit> rows;             //!< MajorUnits: this page's units
  int page = 0;                      //!< MajorUnits: this page (0-based) of pages
  int pages = 1;
  QStringList notes; //!< generated for the presenter: the counts and major units shown
};

//! What a deck is made from, read from a project by SlideDeck::read().
struct DeckFacts
{
  QString projectName;
  AssessmentSummary summary;
  Taxonomy taxonomy;
  QList<SlideUnit> majorUnits; //!< every major-risk unit, highest score first
};

/**
 * The slides of a review meeting, generated from a project: the city map, the counts by level,
 * one map per category present, one per district (zoomed to it), then the major-risk units a
 * page of MajorRowsPerSlide at a time. Titles and notes in the language given (the UI's).
 */
class SlideDeck
{
  Q_DECLARE_TR_FUNCTIONS(SlideDeck)

public:
  //! Rows of the major-risk list on one slide: legible from the back of a room.
  static constexpr int MajorRowsPerSlide = 8;

  SlideDeck() = default;
  //! Makes the slides of \a facts, titled in \a language ("zh" or "en").
  SlideDeck(const DeckFacts &facts, const QString &language);

  /**
   * Reads the facts of the project at \a path on read-only connections of its own (the last
   * assessment's summary, the taxonomy, the major units with their districts); false with
   * \a error when it cannot be read. Sector names come in \a language.
   */
  static bool read(const QString &path, const QString &language, DeckFacts &facts, QString *error);

  int count() const { return mSlides.size(); }
  bool isEmpty() const { return mSlides.isEmpty(); }
  const Slide &slide(int index) const { return mSlides.at(index); }
  const QList<Slide> &slides() const { return mSlides; }
  const DeckFacts &facts() const { return mFacts; }
  QString language() const { return mLanguage; }

  //! The first slide of \a kind; -1 when the deck has none.
  int indexOf(SlideKind kind) const;
  //! The slide of the district whose name or id is \a text (case-insensitive); -1 if none.
  int districtSlide(const QString &text) const;
  //! The slide of the category whose name or code is \a text; -1 if none.
  int categorySlide(const QString &text) const;
  //! District names, then category names: what the search box completes first.
  QStringList searchTerms() const;
  //! The name of category \a code in the deck's language (the code when the taxonomy lacks it).
  QString categoryName(const QString &code) const;

private:
  void addCity();
  void addCounts();
  void addCategories();
  void addDistricts();
  void addMajorUnits();
  //! "25 major, 60 significant, …": the counts of \a counts as one line.
  QString countsLine(const LevelCounts &counts) const;
  //! Notes naming the first major units \a keep lets through.
  QStringList majorNotes(const std::function<bool(const SlideUnit &)> &keep) const;

  DeckFacts mFacts;
  QString mLanguage = QStringLiteral("zh");
  QList<Slide> mSlides;
};

} // namespace riskatlas
