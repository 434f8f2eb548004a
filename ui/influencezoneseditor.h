#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace riskatlas
{

class MethodSetDraft;

/**
 * The hazard influence zones of a method-set draft: whether they apply, and each sector's buffer
 * distance in metres (empty: the sector's units reach no further than their own region).
 */
class InfluenceZonesEditor : public QWidget
{
  Q_OBJECT

public:
  explicit InfluenceZonesEditor(MethodSetDraft *draft, QWidget *parent = nullptr);

  QTableWidget *table() const { return mTable; }
  QCheckBox *enabledBox() const { return mEnabled; }

private:
  void refresh();
  void edited();

  MethodSetDraft *mDraft;
  QCheckBox *mEnabled;
  QTableWidget *mTable;
  QLabel *mProblems;
  QStringList mSectors;
  bool mRefreshing = false;
};

} // namespace riskatlas
