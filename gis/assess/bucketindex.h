#pragma once

#include "assess/regionshape.h"

#include <memory>
#include <qgsrectangle.h>
#include <vector>

namespace riskatlas
{

/**
 * Regions bucketed on a uniform grid over their extent, in flat arrays. A bucket lists only the
 * regions that reach it, each with whether the whole bucket lies inside it (no edge crosses the
 * bucket). When every region listed lies wholly around the bucket, the bucket also holds the
 * answer of regionsAt() for any point in it, so most points are placed without any test.
 */
class BucketIndex
{
public:
  //! A region reaching a bucket that not every region lies wholly around: what its test needs.
  struct Entry
  {
    double xMin, yMin, xMax, yMax; //!< the region's bounding box
    quint32 region;
    int kindRank;
    quint32 kind;   //!< the kind, numbered: equal numbers for equal kinds
    quint32 idRank; //!< the id's place in QString order: equal ranks for equal ids
    bool inside;    //!< the whole bucket lies in the region
    bool rectangle; //!< the region is exactly its bounding box
  };

  void build(const std::vector<std::unique_ptr<RegionShape>> &shapes);

  /**
   * The regions a point belongs to, one per kind, sorted by kind rank (the smallest id wins among
   * regions of one kind); \a contains(region, x, y) tests the point against a region's outline,
   * \a hits is scratch. Empty outside the extent.
   */
  template <typename Contains>
  void regionsAt(double x, double y, std::vector<quint32> &regions,
                 std::vector<const Entry *> &hits, const Contains &contains) const
  {
    regions.clear();
    if (mCodes.empty() || !(x >= mExtent.xMinimum() && x <= mExtent.xMaximum() &&
                            y >= mExtent.yMinimum() && y <= mExtent.yMaximum()))
      return;
    const quint64 code = mCodes[static_cast<size_t>(row(y)) * mColumns + column(x)];
    switch (code >> TagShift)
    {
    case InlineAnswer:
    {
      const quint64 count = (code >> CountShift) & 3;
      if (count > 0)
        regions.push_back(static_cast<quint32>(code & RegionMask));
      if (count > 1)
        regions.push_back(static_cast<quint32>((code >> RegionBits) & RegionMask));
      return;
    }
    case TableAnswer:
    {
      const size_t answer = static_cast<quint32>(code);
      regions.assign(mAnswers.data() + mAnswerStart[answer],
                     mAnswers.data() + mAnswerStart[answer + 1]);
      return;
    }
    default:
      break;
    }
    hits.clear();
    const Entry *entry = mEntries.data() + static_cast<quint32>(code);
    const Entry *const end = entry + ((code >> 32) & RegionMask);
    for (; entry != end; ++entry)
    {
      if (!entry->inside)
      {
        if (x < entry->xMin || x > entry->xMax || y < entry->yMin || y > entry->yMax)
          continue;
        // A rectangle is its box (closed, as GEOS "intersects" counts the border).
        if (!entry->rectangle && !contains(entry->region, x, y))
          continue;
      }
      add(hits, entry);
    }
    sortByKind(hits);
    for (const Entry *hit : hits)
      regions.push_back(hit->region);
  }

  //! Candidates for a rectangle, each once, in region order.
  std::vector<int> in(const QgsRectangle &box) const;

private:
  // mCodes: the tag in the top 2 bits; an inline answer holds up to two region numbers and
  // their count, a table answer its number, a bucket with tests its entries' start and count.
  static constexpr int TagShift = 62;
  static constexpr int CountShift = 60;
  static constexpr int RegionBits = 30;
  static constexpr quint64 RegionMask = (quint64(1) << RegionBits) - 1;
  static constexpr quint64 Tests = 0;
  static constexpr quint64 InlineAnswer = 1;
  static constexpr quint64 TableAnswer = 2;

  //! Adds a region that contains the point: the first of its kind, or one with a smaller id.
  static void add(std::vector<const Entry *> &hits, const Entry *added)
  {
    for (const Entry *&hit : hits)
    {
      if (hit->kind == added->kind)
      {
        if (added->idRank < hit->idRank)
          hit = added;
        return;
      }
    }
    hits.push_back(added);
  }

  //! Stable insertion sort by kind rank (a handful of regions).
  static void sortByKind(std::vector<const Entry *> &hits)
  {
    for (size_t i = 1; i < hits.size(); ++i)
    {
      const Entry *moved = hits[i];
      size_t j = i;
      for (; j > 0 && hits[j - 1]->kindRank > moved->kindRank; --j)
        hits[j] = hits[j - 1];
      hits[j] = moved;
    }
  }

  int column(double x) const
  {
    const double position = (x - mExtent.xMinimum()) / mCellWidth;
    return position > 0 ? std::min(static_cast<int>(position), mColumns - 1) : 0;
  }
  int row(double y) const
  {
    const double position = (y - mExtent.yMinimum()) / mCellHeight;
    return position > 0 ? std::min(static_cast<int>(position), mRows - 1) : 0;
  }

  QgsRectangle mExtent;
  int mColumns = 0;
  int mRows = 0;
  double mCellWidth = 1;
  double mCellHeight = 1;
  std::vector<quint64> mCodes;       //!< per bucket, see TagShift
  std::vector<Entry> mEntries;       //!< the entries of the buckets with tests, bucket after bucket
  std::vector<quint32> mCellStart;   //!< per bucket (+ 1): its first region in mMembers
  std::vector<quint32> mMembers;     //!< every bucket's regions, bucket after bucket, in order
  std::vector<quint32> mAnswerStart; //!< per answer of more than two regions (+ 1)
  std::vector<quint32> mAnswers;
};

} // namespace riskatlas
