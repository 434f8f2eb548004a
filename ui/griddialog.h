#pragma once

#include "api/importoptions.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace riskatlas
{

//! The grid (网格) to lay over the city: cell size in metres and cell shape.
class GridDialog : public QDialog
{
  Q_OBJECT

public:
  explicit GridDialog(QWidget *parent = nullptr);

  GridOptions options() const;

  void accept() override;

private:
  QDoubleSpinBox *mCellSize = nullptr;
  QComboBox *mShape = nullptr;
};

} // namespace riskatlas
