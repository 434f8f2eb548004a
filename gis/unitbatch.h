#pragma once

#include "geopackagesql.h"
#include "unitresultwriter.h"

#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace riskatlas
{

struct ScoredCombination;

//! Text copied out of a statement's row into its batch's arena; null for SQL NULL.
struct TextSpan
{
  quint32 offset = 0;
  quint32 size = 0;
  bool null = true;
};

//! One unit as the reading thread copied it for the placing thread.
struct UnitRow
{
  qint64 fid = 0;
  quint32 combination = 0;
  const ScoredCombination *scored = nullptr; //!< stable: combinations live in a deque
  bool isPoint = false;
  double x = 0;
  double y = 0;
  TextSpan unitId;
  TextSpan name;
  TextSpan regionHint;
  TextSpan shape;
  TextSpan geometry; //!< the GeoPackage blob, copied only when the unit is not a point
  // What is stored now, to write only what differs.
  TextSpan regionId;
  TextSpan region;
  TextSpan regionShares;
  TextSpan method;
  TextSpan grade;
  TextSpan note;
  TextSpan inherentLevel;
  TextSpan level;
  TextSpan levelZh;
  bool methodVersionNull = true;
  bool scoreNull = true;
  double score = 0;
};

//! A level change the placing thread found; the reading thread audits it (it owns the writes).
struct PendingLevelChange
{
  QString unitId;
  QString name;
  QString previousLevel;
  const ScoredCombination *scored = nullptr;
};

/**
 * A few thousand units on their way from the reading thread (SQLite) to the placing thread
 * (regions, shares, what changed) and back with the rows to write.
 */
struct UnitBatch
{
  std::string arena;
  std::vector<UnitRow> rows;
  std::vector<UnitWriter::Row> writes;
  std::vector<PendingLevelChange> levelChanges;

  TextSpan copy(const SqlStatement::Value &value)
  {
    TextSpan span;
    span.null = value.null;
    span.offset = static_cast<quint32>(arena.size());
    span.size = static_cast<quint32>(value.size);
    if (value.data && value.size > 0)
      arena.append(value.data, static_cast<size_t>(value.size));
    return span;
  }
  const char *data(const TextSpan &span) const { return arena.data() + span.offset; }
  QByteArray bytes(const TextSpan &span) const
  {
    return span.null ? QByteArray() : QByteArray(data(span), static_cast<int>(span.size));
  }
  QString string(const TextSpan &span) const
  {
    return span.null ? QString() : QString::fromUtf8(data(span), static_cast<int>(span.size));
  }
  //! True when the stored text differs from the value the assessment writes.
  bool differs(const TextSpan &stored, const QByteArray &value, bool valueIsNull) const
  {
    if (stored.null || valueIsNull)
      return stored.null != valueIsNull;
    return static_cast<int>(stored.size) != value.size() ||
           std::memcmp(data(stored), value.constData(), stored.size) != 0;
  }
};

using UnitBatchPtr = std::unique_ptr<UnitBatch>;

/**
 * Batches passed between two threads in order. push() blocks while \a capacity batches wait;
 * pop() blocks until a batch arrives and returns null once the queue is closed and empty, or
 * at once after abort().
 */
class BatchQueue
{
public:
  explicit BatchQueue(size_t capacity) : mCapacity(capacity) {}

  void push(UnitBatchPtr batch)
  {
    std::unique_lock<std::mutex> lock(mMutex);
    mChanged.wait(lock, [this] { return mBatches.size() < mCapacity || mAborted; });
    if (mAborted)
      return;
    mBatches.push_back(std::move(batch));
    mChanged.notify_all();
  }
  UnitBatchPtr pop()
  {
    std::unique_lock<std::mutex> lock(mMutex);
    mChanged.wait(lock, [this] { return !mBatches.empty() || mClosed || mAborted; });
    return take();
  }
  //! A batch if one is waiting, else null (never blocks).
  UnitBatchPtr tryPop()
  {
    std::lock_guard<std::mutex> lock(mMutex);
    return take();
  }
  void close()
  {
    std::lock_guard<std::mutex> lock(mMutex);
    mClosed = true;
    mChanged.notify_all();
  }
  void abort()
  {
    std::lock_guard<std::mutex> lock(mMutex);
    mAborted = true;
    mChanged.notify_all();
  }

private:
  UnitBatchPtr take()
  {
    if (mAborted || mBatches.empty())
      return nullptr;
    UnitBatchPtr batch = std::move(mBatches.front());
    mBatches.pop_front();
    mChanged.notify_all();
    return batch;
  }

  std::mutex mMutex;
  std::condition_variable mChanged;
  std::deque<UnitBatchPtr> mBatches;
  size_t mCapacity;
  bool mClosed = false;
  bool mAborted = false;
};

} // namespace riskatlas
