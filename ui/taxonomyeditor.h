#pragma once

#include "taxonomy.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace riskatlas
{

/**
 * The project's categories and sectors in an editable tree: categories at the top, their
 * sectors below, each with its code, Chinese and English names, the number of units using it
 * and the scoring method the project's method set gives it. Add, rename, move a sector to
 * another category, retire. Problems show as you type at the cell concerned (Taxonomy::issues()),
 * and OK stays disabled while there are any.
 *
 * A sector that units use cannot vanish: retiring it is refused with the number of units (the
 * check ProjectSession::replaceTaxonomy makes, Taxonomy::lackingSectors()), and changing its
 * code is marked as a problem, since units refer to it by code. The dialog changes nothing:
 * taxonomy() is applied by the caller (TaxonomyCommand).
 */
class TaxonomyEditor : public QDialog
{
  Q_OBJECT

public:
  //! Edits \a current, the taxonomy of the project at \a projectPath (read for unit counts).
  TaxonomyEditor(const QString &projectPath, const Taxonomy &current, QWidget *parent = nullptr);
  ~TaxonomyEditor() override;

  //! The taxonomy as edited (possibly with issues(); OK is only enabled without).
  Taxonomy taxonomy() const;
  //! True when the edited taxonomy differs from the one given.
  bool isModified() const;
  //! The tree (columns: code, Chinese name, English name, units, method), for tests.
  QTreeWidget *tree() const { return mTree; }
  //! The message shown under the tree: the first problem or the last refusal.
  QString message() const;

  //! Adds a category with empty code and names and starts editing its code.
  void addCategory();
  //! Adds a sector to the selected category (or the selected sector's) and edits its code.
  void addSector();
  //! Moves the selected sector to the category chosen in the "Move to" list.
  void moveSelectedSector();
  //! Retires the selected sector or category; refused (message at the row) while units use it.
  bool retireSelected();

  void accept() override;

  enum Column
  {
    CodeColumn,
    NameZhColumn,
    NameEnColumn,
    UnitsColumn,
    MethodColumn,
  };

private:
  void fill(const Taxonomy &taxonomy);
  QTreeWidgetItem *addCategoryItem(const Category &category);
  QTreeWidgetItem *addSectorItem(QTreeWidgetItem *categoryItem, const Sector &sector);
  //! Marks every cell that has a problem; enables OK when there are none.
  void validate();
  void updateUnits(QTreeWidgetItem *categoryItem);
  void updateMoveTargets();
  void updateButtons();
  QTreeWidgetItem *selectedItem() const;
  void showMessage(const QString &text, bool problem);

  QString mProjectPath;
  Taxonomy mOriginal;
  QHash<QString, qint64> mUnitsBySector;
  QHash<QString, QString> mMethodBySector;
  QTreeWidget *mTree = nullptr;
  QPushButton *mAddCategory = nullptr;
  QPushButton *mAddSector = nullptr;
  QComboBox *mMoveTarget = nullptr;
  QPushButton *mMove = nullptr;
  QPushButton *mRetire = nullptr;
  QLabel *mMessage = nullptr;
  QDialogButtonBox *mButtons = nullptr;
  bool mFilling = false;
};

} // namespace riskatlas
