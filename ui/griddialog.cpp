#include "griddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <qgsdoublespinbox.h>

namespace riskatlas
{

GridDialog::GridDialog(QWidget *parent) : QDialog(parent)
{
  setWindowTitle(tr("Make Grid"));
  setObjectName(QStringLiteral("GridDialog"));
  QSettings settings;
  settings.beginGroup(QStringLiteral("GridDialog"));

  auto *layout = new QVBoxLayout(this);
  auto *explanation =
      new QLabel(tr("Covers the city (the union of its districts) with cells clipped to its "
                    "boundary. The cells replace the project's current grid."),
                 this);
  explanation->setWordWrap(true);
  layout->addWidget(explanation);

  auto *form = new QFormLayout;
  auto *cellSize = new QgsDoubleSpinBox(this);
  cellSize->setObjectName(QStringLiteral("cellSize"));
  // From a city block to a county; finer grids make too many cells for a city (the maker
  // refuses more than its limit and says so).
  cellSize->setRange(50, 50000);
  cellSize->setDecimals(0);
  cellSize->setSingleStep(100);
  cellSize->setSuffix(tr(" m"));
  cellSize->setClearValue(1000);
  cellSize->setShowClearButton(true);
  cellSize->setValue(settings.value(QStringLiteral("cellSize"), 1000).toDouble());
  cellSize->setToolTip(
      tr("Side of a square cell, or distance between the centres of neighbouring hexagons"));
  mCellSize = cellSize;
  form->addRow(tr("Cell size"), mCellSize);

  mShape = new QComboBox(this);
  mShape->setObjectName(QStringLiteral("shape"));
  mShape->addItem(tr("Square"), static_cast<int>(GridOptions::Shape::Square));
  mShape->addItem(tr("Hexagon"), static_cast<int>(GridOptions::Shape::Hexagon));
  mShape->setCurrentIndex(qMax(0, mShape->findData(settings.value(QStringLiteral("shape"), 0))));
  form->addRow(tr("Cell shape"), mShape);
  layout->addLayout(form);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Grid"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

GridOptions GridDialog::options() const
{
  GridOptions options;
  options.cellSize = mCellSize->value();
  options.shape = static_cast<GridOptions::Shape>(mShape->currentData().toInt());
  return options;
}

void GridDialog::accept()
{
  QSettings settings;
  settings.beginGroup(QStringLiteral("GridDialog"));
  settings.setValue(QStringLiteral("cellSize"), mCellSize->value());
  settings.setValue(QStringLiteral("shape"), mShape->currentData());
  QDialog::accept();
}

} // namespace riskatlas
