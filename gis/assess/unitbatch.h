#pragma once

#include "assess/unitresultwriter.h"

#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace riskatlas
{

struct ScoredCombination;

//! A level change the placing thread found; the reading thread audits it (it owns the writes).
struct PendingLevelChange
{
  QString unitId;
  QString name;
  QString previousLevel;
  const ScoredCombination *scored = nullptr;
};

//! The rows a batch of units needs written, and their level changes to audit.
struct UnitBatch
{
  size_t units = 0; //!< units read into this batch (written or not)
  std::vector<UnitWriter::Row> writes;
  std::vector<PendingLevelChange> levelChanges;
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
