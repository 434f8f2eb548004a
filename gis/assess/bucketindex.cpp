#include "assess/bucketindex.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace riskatlas
{

void BucketIndex::build(const std::vector<std::unique_ptr<RegionShape>> &shapes)
{
  if (shapes.empty())
    return;
  mExtent = shapes.front()->box;
  for (const auto &shape : shapes)
    mExtent.combineExtentWith(shape->box);

  // What a test needs of each region: kinds numbered, ids ranked, so it never reads a QString.
  std::vector<Entry> regions(shapes.size());
  QHash<QString, quint32> kinds;
  std::vector<quint32> byId(shapes.size());
  std::iota(byId.begin(), byId.end(), 0u);
  std::stable_sort(byId.begin(), byId.end(),
                   [&shapes](quint32 a, quint32 b) { return shapes[a]->id < shapes[b]->id; });
  for (size_t i = 0; i < byId.size(); ++i)
  {
    const bool sameAsPrevious = i > 0 && !(shapes[byId[i - 1]]->id < shapes[byId[i]]->id);
    regions[byId[i]].idRank =
        sameAsPrevious ? regions[byId[i - 1]].idRank : static_cast<quint32>(i);
  }
  for (size_t i = 0; i < shapes.size(); ++i)
  {
    const RegionShape &shape = *shapes[i];
    Entry &region = regions[i];
    region.xMin = shape.box.xMinimum();
    region.yMin = shape.box.yMinimum();
    region.xMax = shape.box.xMaximum();
    region.yMax = shape.box.yMaximum();
    region.region = static_cast<quint32>(i);
    region.kindRank = shape.kindRank;
    region.kind = kinds.value(shape.kind, static_cast<quint32>(kinds.size()));
    kinds.insert(shape.kind, region.kind);
    region.inside = false;
    region.rectangle = shape.stripes->isRectangle();
  }

  // About 16 buckets per region: with buckets several times smaller than the regions, most
  // buckets lie wholly inside the regions that reach them and are answered without a test.
  const int side = std::clamp(static_cast<int>(std::ceil(std::sqrt(shapes.size()))) * 4, 64, 1024);
  mColumns = mRows = side;
  mCellWidth = mExtent.width() > 0 ? mExtent.width() / side : 1.0;
  mCellHeight = mExtent.height() > 0 ? mExtent.height() / side : 1.0;
  const size_t cellCount = static_cast<size_t>(mColumns) * mRows;

  // Every (bucket, region) pair, region after region.
  struct Pair
  {
    quint32 cell;
    quint32 region;
    bool inside;
  };
  std::vector<Pair> pairs;
  std::vector<char> crossed;
  for (size_t i = 0; i < shapes.size(); ++i)
  {
    const RegionShape &shape = *shapes[i];
    const QgsRectangle &box = shape.box;
    const int c0 = column(box.xMinimum()), c1 = column(box.xMaximum());
    const int r0 = row(box.yMinimum()), r1 = row(box.yMaximum());
    const int width = c1 - c0 + 1;
    // Buckets an edge passes through (by the edge's box, widened by the edge tolerance).
    crossed.assign(static_cast<size_t>(width) * (r1 - r0 + 1), 0);
    const double margin = shape.stripes->epsilon() * 4;
    for (const EdgeStripes::Edge &edge : shape.stripes->edges())
    {
      const int rFirst = std::max(r0, row(std::min(edge.y1, edge.y2) - margin));
      const int rLast = std::min(r1, row(std::max(edge.y1, edge.y2) + margin));
      const int cFirst = std::max(c0, column(std::min(edge.x1, edge.x2) - margin));
      const int cLast = std::min(c1, column(std::max(edge.x1, edge.x2) + margin));
      for (int r = rFirst; r <= rLast; ++r)
        for (int c = cFirst; c <= cLast; ++c)
          crossed[static_cast<size_t>(r - r0) * width + (c - c0)] = 1;
    }
    for (int r = r0; r <= r1; ++r)
    {
      // Neighbouring buckets of a row that no edge crosses lie on the same side of the outline
      // (an edge between their centres would cross one of them): one test per run.
      int runPlace = -1; // -1 unknown, 0 outside, 1 inside
      for (int c = c0; c <= c1; ++c)
      {
        bool inside = false;
        if (crossed[static_cast<size_t>(r - r0) * width + (c - c0)])
          runPlace = -1;
        else
        {
          // No edge crosses the bucket: it lies wholly inside or wholly outside.
          if (runPlace < 0)
          {
            const double cx = mExtent.xMinimum() + (c + 0.5) * mCellWidth;
            const double cy = mExtent.yMinimum() + (r + 0.5) * mCellHeight;
            switch (shape.stripes->locate(cx, cy))
            {
            case EdgeStripes::Place::Inside:
              runPlace = 1;
              break;
            case EdgeStripes::Place::Outside:
              runPlace = 0;
              break;
            case EdgeStripes::Place::NearBoundary:
              break;
            }
          }
          if (runPlace != 1)
            continue;
          inside = true;
        }
        pairs.push_back({static_cast<quint32>(static_cast<size_t>(r) * mColumns + c),
                         static_cast<quint32>(i), inside});
      }
    }
  }

  // Flat layout: the pairs sorted by bucket (a stable counting sort keeps the region order).
  mCellStart.assign(cellCount + 1, 0);
  for (const Pair &pair : pairs)
    ++mCellStart[pair.cell + 1];
  std::partial_sum(mCellStart.begin(), mCellStart.end(), mCellStart.begin());
  mMembers.resize(pairs.size());
  std::vector<char> inside(pairs.size());
  {
    std::vector<quint32> fill(mCellStart.begin(), mCellStart.end() - 1);
    for (const Pair &pair : pairs)
    {
      inside[fill[pair.cell]] = pair.inside;
      mMembers[fill[pair.cell]++] = pair.region;
    }
  }
  std::vector<Pair>().swap(pairs);

  // A bucket that lies wholly inside every region reaching it holds the answer for any point in
  // it (inline when it has at most two regions); any other bucket holds what its tests need.
  mCodes.assign(cellCount, 0);
  mAnswerStart.assign(1, 0);
  std::map<std::vector<quint32>, quint32> answers;
  std::vector<const Entry *> hits;
  std::vector<quint32> answer;
  for (size_t cell = 0; cell < cellCount; ++cell)
  {
    const quint32 first = mCellStart[cell], last = mCellStart[cell + 1];
    if (!std::all_of(inside.begin() + first, inside.begin() + last,
                     [](char wholly) { return wholly; }))
    {
      mCodes[cell] = (Tests << TagShift) | (quint64(last - first) << 32) | mEntries.size();
      for (quint32 i = first; i < last; ++i)
      {
        mEntries.push_back(regions[mMembers[i]]);
        mEntries.back().inside = inside[i];
      }
      continue;
    }
    hits.clear();
    for (quint32 i = first; i < last; ++i)
      add(hits, &regions[mMembers[i]]);
    sortByKind(hits);
    answer.clear();
    for (const Entry *hit : hits)
      answer.push_back(hit->region);
    if (answer.size() <= 2)
    {
      quint64 code = (InlineAnswer << TagShift) | (quint64(answer.size()) << CountShift);
      if (!answer.empty())
        code |= answer[0];
      if (answer.size() > 1)
        code |= quint64(answer[1]) << RegionBits;
      mCodes[cell] = code;
      continue;
    }
    const auto known = answers.emplace(answer, static_cast<quint32>(answers.size()));
    if (known.second)
    {
      mAnswers.insert(mAnswers.end(), answer.begin(), answer.end());
      mAnswerStart.push_back(static_cast<quint32>(mAnswers.size()));
    }
    mCodes[cell] = (TableAnswer << TagShift) | known.first->second;
  }
}

std::vector<int> BucketIndex::in(const QgsRectangle &box) const
{
  std::vector<int> found;
  if (mCodes.empty() || !mExtent.intersects(box))
    return found;
  for (int r = row(box.yMinimum()); r <= row(box.yMaximum()); ++r)
    for (int c = column(box.xMinimum()); c <= column(box.xMaximum()); ++c)
    {
      const size_t cell = static_cast<size_t>(r) * mColumns + c;
      for (quint32 i = mCellStart[cell]; i < mCellStart[cell + 1]; ++i)
        found.push_back(static_cast<int>(mMembers[i]));
    }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

} // namespace riskatlas
