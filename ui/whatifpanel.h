#pragma once

#include "methodset.h"
#include "regionaggregation.h"
#include "workflow/whatifpreview.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QTimer;
class QTreeWidget;
class QgsFeedback;

namespace riskatlas
{

/**
 * What applying the edited method set would change, kept up to date while the analyst edits:
 * each request waits for a pause in the editing (debounced), then runs WhatIfPreview in a worker
 * thread (read only; a newer request cancels the running one) and shows how many units and
 * regions would change level, old → new, with a list whose rows lead to them.
 */
class WhatIfPanel : public QWidget
{
  Q_OBJECT

public:
  WhatIfPanel(const QString &projectPath, QWidget *parent = nullptr);
  ~WhatIfPanel() override;

  //! Previews \a set after a short pause (a newer request replaces this one).
  void request(const MethodSet &set, std::optional<AggregationRule> rule);
  //! Stops waiting: runs the pending request now.
  void runNow();
  //! A preview is waiting or running.
  bool isBusy() const;
  //! The last finished preview.
  const WhatIfResult &result() const { return mResult; }
  QTreeWidget *list() const { return mList; }
  //! The summary line ("12 units and 1 region would change level").
  QString summary() const;

signals:
  void finished();
  void unitActivated(qint64 fid);
  void regionActivated(qint64 fid);

private:
  struct Request
  {
    MethodSet set;
    std::optional<AggregationRule> rule;
  };
  void start();
  void show();
  static QString regionKindName(const QString &key);

  QString mProjectPath;
  std::shared_ptr<std::unique_ptr<WhatIfPreview>> mPreview; //!< opened in the worker
  std::optional<Request> mPending;
  //! From start() until the finished result is taken (the future may be done before).
  bool mRunning = false;
  std::unique_ptr<QgsFeedback> mFeedback;
  QFutureWatcher<WhatIfResult> mWatcher;
  WhatIfResult mResult;
  QTimer *mDelay;
  QLabel *mSummary;
  QTreeWidget *mList;
  LevelPalette mPalette; //!< the colours of the set last requested
};

} // namespace riskatlas
