#include "methodassignmenttable.h"

#include "methodsetdraft.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>

namespace riskatlas
{

namespace
{
QString language()
{
  return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}
} // namespace

MethodAssignmentTable::MethodAssignmentTable(MethodSetDraft *draft, QWidget *parent)
    : QTableWidget(parent), mDraft(draft)
{
  setObjectName(QStringLiteral("methodAssignments"));
  setColumnCount(2);
  setHorizontalHeaderLabels({tr("Scope"), tr("Method")});
  horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  verticalHeader()->hide();
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  mPaths << QStringList{QStringLiteral("default")};
  const Taxonomy &taxonomy = mDraft->taxonomy();
  QStringList labels{tr("Project-wide")};
  for (const Category &category : taxonomy.categories())
  {
    mPaths << QStringList{QStringLiteral("categories"), category.code};
    labels << tr("Category %1").arg(category.name(language()));
    for (const Sector &sector : category.sectors)
    {
      mPaths << QStringList{QStringLiteral("sectors"), sector.code};
      labels << QStringLiteral("    %1 %2").arg(sector.code, sector.name(language()));
    }
  }
  setRowCount(static_cast<int>(mPaths.size()));
  for (int row = 0; row < rowCount(); ++row)
  {
    auto *scope = new QTableWidgetItem(labels.at(row));
    scope->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    setItem(row, 0, scope);
    auto *combo = new QComboBox(this);
    if (row > 0)
      combo->addItem(tr("(inherited)"), QString());
    combo->addItem(tr("Risk matrix"), QStringLiteral("matrix"));
    combo->addItem(tr("LEC"), QStringLiteral("lec"));
    combo->addItem(tr("MES"), QStringLiteral("mes"));
    setCellWidget(row, 1, combo);
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, row, combo]()
            {
              if (!mRefreshing)
                choose(row, combo->currentData().toString());
            });
  }
  resizeColumnToContents(1);
  connect(mDraft, &MethodSetDraft::changed, this, &MethodAssignmentTable::refresh);
  connect(this, &QTableWidget::itemSelectionChanged, this, &MethodAssignmentTable::selectionMoved);
  refresh();
}

QStringList MethodAssignmentTable::rowPath(int row) const
{
  return mPaths.value(row);
}

void MethodAssignmentTable::refresh()
{
  mRefreshing = true;
  for (int row = 0; row < rowCount(); ++row)
  {
    const QString method =
        mDraft->value(mPaths.at(row)).toObject().value(QStringLiteral("method")).toString();
    auto *combo = static_cast<QComboBox *>(cellWidget(row, 1));
    combo->setCurrentIndex(std::max(0, combo->findData(method)));
    QFont font = item(row, 0)->font();
    font.setBold(row == 0 || !method.isEmpty());
    item(row, 0)->setFont(font);
    const bool broken = !mDraft->problemsAt(mPaths.at(row)).isEmpty();
    item(row, 0)->setForeground(broken ? QColor(QStringLiteral("#c0392b")) : palette().text());
  }
  mRefreshing = false;
}

void MethodAssignmentTable::choose(int row, const QString &methodId)
{
  const QStringList path = mPaths.at(row);
  QJsonValue method(QJsonValue::Undefined);
  MethodSet set;
  if (!methodId.isEmpty() && MethodSet::forMethod(methodId, set, nullptr))
    method = set.toJson().value(QStringLiteral("default"));
  mDraft->setValue(path, method,
                   tr("%1: %2").arg(item(row, 0)->text().trimmed(),
                                    static_cast<QComboBox *>(cellWidget(row, 1))->currentText()));
  selectionMoved();
}

void MethodAssignmentTable::selectionMoved()
{
  const int row = currentRow();
  if (row < 0)
    return;
  const QString method =
      mDraft->value(mPaths.at(row)).toObject().value(QStringLiteral("method")).toString();
  if (!method.isEmpty())
    emit methodSelected(mPaths.at(row), method);
}

} // namespace riskatlas
