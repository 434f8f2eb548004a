#include "factortableeditor.h"

#include "methodsetdraft.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
const QColor ProblemColour(QStringLiteral("#f5b7b1"));

QString number(const QJsonValue &value)
{
  return value.isDouble() ? QLocale::c().toString(value.toDouble(), 'g', 12) : value.toString();
}

//! The factor's symbol as the method names it: L, E, C of LEC; M, E, S of MES.
QString factorSymbol(const QString &method, int index)
{
  const QString symbols =
      method == QStringLiteral("mes") ? QStringLiteral("MES") : QStringLiteral("LEC");
  return index >= 0 && index < symbols.size() ? QString(symbols.at(index)) : QString();
}
} // namespace

FactorTableEditor::FactorTableEditor(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft), mFactors(new QTabBar(this)), mTable(new QTableWidget(this)),
      mAdd(new QPushButton(tr("Add a value"), this)),
      mRemove(new QPushButton(tr("Remove the value"), this)), mProblems(new QLabel(this))
{
  mFactors->setObjectName(QStringLiteral("factors"));
  mFactors->setExpanding(false);
  mTable->setObjectName(QStringLiteral("factorTable"));
  mTable->setColumnCount(3);
  mTable->setHorizontalHeaderLabels({tr("Value"), tr("Meaning (中文)"), tr("Meaning (English)")});
  mTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
  mTable->horizontalHeader()->setSectionResizeMode(ChineseColumn, QHeaderView::Stretch);
  mTable->horizontalHeader()->setSectionResizeMode(EnglishColumn, QHeaderView::Stretch);
  mTable->verticalHeader()->hide();
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mAdd->setObjectName(QStringLiteral("addValue"));
  mRemove->setObjectName(QStringLiteral("removeValue"));
  mProblems->setObjectName(QStringLiteral("problems"));
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
  mProblems->hide();
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(mAdd);
  buttons->addWidget(mRemove);
  buttons->addStretch();
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mFactors);
  layout->addWidget(mTable, 1);
  layout->addLayout(buttons);
  layout->addWidget(mProblems);
  connect(mDraft, &MethodSetDraft::changed, this, &FactorTableEditor::refresh);
  connect(mTable, &QTableWidget::cellChanged, this, &FactorTableEditor::cellEdited);
  connect(mFactors, &QTabBar::currentChanged, this,
          [this]()
          {
            if (!mRefreshing)
              refresh();
          });
  connect(mAdd, &QPushButton::clicked, this, &FactorTableEditor::addRow);
  connect(mRemove, &QPushButton::clicked, this, &FactorTableEditor::removeRow);
  connect(mTable, &QTableWidget::itemSelectionChanged, this,
          [this]()
          { mRemove->setEnabled(!mTable->selectedItems().isEmpty() && mTable->rowCount() > 1); });
}

void FactorTableEditor::setPath(const QStringList &path)
{
  if (path != mPath)
  {
    mPath = path;
    const QSignalBlocker blocker(mFactors);
    mFactors->setCurrentIndex(0);
  }
  refresh();
}

void FactorTableEditor::showFactor(int index)
{
  mFactors->setCurrentIndex(index);
}

int FactorTableEditor::currentFactor() const
{
  return std::max(0, mFactors->currentIndex());
}

QStringList FactorTableEditor::factorPath() const
{
  return mPath + QStringList{QStringLiteral("factors"), QString::number(currentFactor())};
}

QString FactorTableEditor::problemText() const
{
  return mProblems->isHidden() ? QString() : mProblems->text();
}

bool FactorTableEditor::isRowMarked(int row) const
{
  const QTableWidgetItem *item = mTable->item(row, ValueColumn);
  return item && item->background().color() == ProblemColour;
}

void FactorTableEditor::refresh()
{
  if (mPath.isEmpty())
    return;
  mRefreshing = true;
  const QSignalBlocker blocker(mTable);
  const QJsonObject method = mDraft->value(mPath).toObject();
  const QString id = method.value(QStringLiteral("method")).toString();
  const QJsonArray factors = method.value(QStringLiteral("factors")).toArray();
  const int current = currentFactor();
  {
    const QSignalBlocker tabsBlocker(mFactors);
    while (mFactors->count() > factors.size())
      mFactors->removeTab(mFactors->count() - 1);
    for (int i = 0; i < factors.size(); ++i)
    {
      const QString text = QStringLiteral("%1 (%2)").arg(
          factorSymbol(id, i), factors.at(i).toObject().value(QStringLiteral("field")).toString());
      if (i < mFactors->count())
        mFactors->setTabText(i, text);
      else
        mFactors->addTab(text);
    }
    mFactors->setCurrentIndex(std::min(current, static_cast<int>(factors.size()) - 1));
  }
  const QJsonArray values =
      factors.at(currentFactor()).toObject().value(QStringLiteral("values")).toArray();
  mTable->setRowCount(values.size());
  for (int row = 0; row < values.size(); ++row)
  {
    const QJsonObject value = values.at(row).toObject();
    mTable->setItem(row, ValueColumn,
                    new QTableWidgetItem(number(value.value(QStringLiteral("value")))));
    mTable->setItem(row, ChineseColumn,
                    new QTableWidgetItem(value.value(QStringLiteral("zh")).toString()));
    mTable->setItem(row, EnglishColumn,
                    new QTableWidgetItem(value.value(QStringLiteral("en")).toString()));
    mTable->item(row, ValueColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  }
  // Problems of this factor, each with the row it names; the rows named (by index or by value)
  // are marked, and so are the tabs of factors with problems.
  const QString factorText = MethodSetDraft::pathText(factorPath());
  QStringList problems;
  static const QRegularExpression rowPattern(QStringLiteral("^\\.values\\[(\\d+)\\]"));
  for (const QString &problem : mDraft->problems())
  {
    const int colon = problem.indexOf(QStringLiteral(": "));
    const QString where = problem.left(colon);
    if (colon < 0 || !where.startsWith(factorText))
      continue;
    const QString reason = problem.mid(colon + 2);
    const QString inside = where.mid(factorText.size());
    if (!inside.isEmpty() && !inside.startsWith(QLatin1Char('.')))
      continue; // another factor (factors[1] for factors[10]…)
    const QRegularExpressionMatch row = rowPattern.match(inside);
    problems << (row.hasMatch() ? tr("Row %1: %2").arg(row.captured(1).toInt() + 1).arg(reason)
                                : reason);
  }
  for (int i = 0; i < factors.size(); ++i)
  {
    const QStringList path = mPath + QStringList{QStringLiteral("factors"), QString::number(i)};
    mFactors->setTabTextColor(
        i, mDraft->problemsAt(path).isEmpty() ? QColor() : QColor(QStringLiteral("#c0392b")));
  }
  for (const QString &problem : mDraft->problems())
  {
    if (!problem.startsWith(factorText))
      continue;
    for (int row = 0; row < values.size(); ++row)
    {
      const QString value = mTable->item(row, ValueColumn)->text();
      const QString rowPath = QStringLiteral("%1.values[%2]").arg(factorText).arg(row);
      const bool named = problem.startsWith(rowPath + QLatin1Char('.')) ||
                         problem.startsWith(rowPath + QLatin1Char(':')) ||
                         problem.endsWith(QStringLiteral("not %1").arg(value)) ||
                         problem.contains(QStringLiteral("value %1 appears").arg(value));
      if (!named)
        continue;
      int column = ValueColumn;
      if (problem.startsWith(rowPath + QStringLiteral(".zh")))
        column = ChineseColumn;
      else if (problem.startsWith(rowPath + QStringLiteral(".en")))
        column = EnglishColumn;
      mTable->item(row, column)->setBackground(ProblemColour);
      mTable->item(row, ValueColumn)->setBackground(ProblemColour);
    }
  }
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mAdd->setEnabled(!factors.isEmpty());
  mRemove->setEnabled(mTable->currentRow() >= 0 && values.size() > 1);
  mRefreshing = false;
}

void FactorTableEditor::cellEdited(int row, int column)
{
  if (mRefreshing)
    return;
  const QString text = mTable->item(row, column)->text().trimmed();
  const QStringList rowPath =
      factorPath() + QStringList{QStringLiteral("values"), QString::number(row)};
  const QString symbol = mFactors->tabText(currentFactor());
  if (column == ValueColumn)
  {
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
      value = QLocale().toDouble(text, &ok);
    mDraft->setValue(rowPath + QStringList{QStringLiteral("value")},
                     ok ? QJsonValue(value) : QJsonValue(text),
                     tr("%1: value %2").arg(symbol, text));
    return;
  }
  const QString key = column == ChineseColumn ? QStringLiteral("zh") : QStringLiteral("en");
  mDraft->setValue(rowPath + QStringList{key}, text,
                   tr("%1: meaning of row %2").arg(symbol).arg(row + 1));
}

void FactorTableEditor::addRow()
{
  const QStringList path = factorPath() + QStringList{QStringLiteral("values")};
  QJsonArray values = mDraft->value(path).toArray();
  // A value not in the table yet (the smallest whole number); the analyst types the real one.
  int free = 1;
  bool taken = true;
  while (taken)
  {
    taken = false;
    for (const QJsonValue &entry : values)
      taken = taken || entry.toObject().value(QStringLiteral("value")).toDouble() == free;
    if (taken)
      ++free;
  }
  values.append(QJsonObject{{QStringLiteral("value"), free},
                            {QStringLiteral("zh"), QString()},
                            {QStringLiteral("en"), QString()}});
  mDraft->setValue(path, values,
                   tr("%1: add the value %2").arg(mFactors->tabText(currentFactor())).arg(free));
  mTable->setCurrentCell(mTable->rowCount() - 1, ChineseColumn);
}

void FactorTableEditor::removeRow()
{
  const int row = mTable->currentRow();
  const QStringList path = factorPath() + QStringList{QStringLiteral("values")};
  QJsonArray values = mDraft->value(path).toArray();
  if (row < 0 || row >= values.size() || values.size() < 2)
    return;
  const QString value = number(values.at(row).toObject().value(QStringLiteral("value")));
  values.removeAt(row);
  mDraft->setValue(path, values,
                   tr("%1: remove the value %2").arg(mFactors->tabText(currentFactor()), value));
}

} // namespace riskatlas
