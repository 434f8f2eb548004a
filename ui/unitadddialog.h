#pragma once

#include "api/unitcreation.h"
#include "methodset.h"
#include "taxonomy.h"

#include <QDialog>
#include <QMap>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace riskatlas
{

/**
 * What a unit placed on the map is: its ID (the next free one suggested), name, sector (the
 * taxonomy's, named in the UI language) and, optionally, the inputs of the method that scores
 * that sector and its control level. OK stays disabled while the ID is empty or in use.
 * creation() gives the choices as a UnitCreation at the clicked position.
 */
class UnitAddDialog : public QDialog
{
  Q_OBJECT

public:
  /**
   * \a position: point WKT in the project CRS; \a usedIds: the IDs units have (to suggest the
   * next free one and refuse a used one); \a language "zh" or "en" for the sector names.
   */
  UnitAddDialog(const QString &position, const Taxonomy &taxonomy, const MethodSet &methodSet,
                const QStringList &usedIds, const QString &language, QWidget *parent = nullptr);

  UnitCreation creation() const;

  //! The next free ID after the highest numbered one with the most common prefix ("RU0361"
  //! after "RU0360"); "RU0001" when there are none.
  static QString nextFreeId(const QStringList &usedIds);

  QLineEdit *idEdit() const { return mId; }
  QLineEdit *nameEdit() const { return mName; }
  QComboBox *sectorBox() const { return mSector; }
  //! The box of a scoring input (object name: the field), null when the sector's method has none.
  QComboBox *inputBox(const QString &field) const { return mInputs.value(field); }

  void accept() override;

private:
  void rebuildInputs();
  void updateState();
  QString fieldLabel(const QString &field) const;
  void addInputBox(const QString &field, const QList<QPair<QString, QString>> &choices);

  QString mPosition;
  Taxonomy mTaxonomy;
  MethodSet mMethodSet;
  QSet<QString> mUsed;
  QString mLanguage;
  QLineEdit *mId = nullptr;
  QLineEdit *mName = nullptr;
  QComboBox *mSector = nullptr;
  QFormLayout *mInputsForm = nullptr;
  QMap<QString, QComboBox *> mInputs;
  QLabel *mIdHint = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
