#include "compositeindexeditor.h"

#include "ahpweights.h"
#include "bandtableeditor.h"
#include "methodsetdraft.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
const QStringList CompositePath{QStringLiteral("composite")};
} // namespace

CompositeIndexEditor::CompositeIndexEditor(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft), mTable(new QTableWidget(this)),
      mConsistency(new QLabel(this)), mProblems(new QLabel(this)),
      mBands(new BandTableEditor(draft, this))
{
  mTable->setObjectName(QStringLiteral("compositeWeights"));
  mConsistency->setObjectName(QStringLiteral("consistency"));
  mConsistency->setWordWrap(true);
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTable, 1);
  layout->addWidget(mConsistency);
  layout->addWidget(mProblems);
  layout->addWidget(mBands, 1);
  connect(mDraft, &MethodSetDraft::changed, this, &CompositeIndexEditor::refresh);
  connect(mTable, &QTableWidget::cellChanged, this, &CompositeIndexEditor::edited);
  mBands->setPath(CompositePath + QStringList{QStringLiteral("bands")}, QStringLiteral("I"));
  refresh();
}

QString CompositeIndexEditor::consistencyText() const
{
  return mAhp ? mConsistency->text() : QString();
}

void CompositeIndexEditor::refresh()
{
  mRefreshing = true;
  const QSignalBlocker blocker(mTable);
  const QJsonObject composite = mDraft->value(CompositePath).toObject();
  const QJsonObject ahp = composite.value(QStringLiteral("ahp")).toObject();
  mAhp = !ahp.isEmpty();
  mTable->clear();
  if (mAhp)
  {
    mItems.clear();
    for (const QJsonValue &item : ahp.value(QStringLiteral("items")).toArray())
      mItems << item.toString();
    const QJsonArray matrix = ahp.value(QStringLiteral("matrix")).toArray();
    mTable->setRowCount(static_cast<int>(mItems.size()));
    mTable->setColumnCount(static_cast<int>(mItems.size()) + 1);
    mTable->setHorizontalHeaderLabels(mItems + QStringList{tr("Weight")});
    mTable->setVerticalHeaderLabels(mItems);
    AhpWeights weights;
    QString error;
    const bool computed = AhpWeights::fromJson(ahp, weights, &error);
    for (int row = 0; row < mItems.size(); ++row)
    {
      for (int column = 0; column < mItems.size(); ++column)
      {
        const double value = matrix.at(row).toArray().at(column).toDouble();
        auto *item = new QTableWidgetItem(QLocale::c().toString(value, 'g', 4));
        if (column <= row)
          item->setFlags(Qt::ItemIsEnabled); // the diagonal and the reciprocals follow
        mTable->setItem(row, column, item);
      }
      auto *weight = new QTableWidgetItem(
          computed ? QLocale().toString(weights.weight(mItems.at(row)), 'f', 3) : QString());
      weight->setFlags(Qt::ItemIsEnabled);
      mTable->setItem(row, static_cast<int>(mItems.size()), weight);
    }
    mConsistency->setText(
        computed
            ? tr("λmax = %1, CI = %2, CR = %3 (acceptable up to %4)%5")
                  .arg(QLocale().toString(weights.lambdaMax(), 'f', 3),
                       QLocale().toString(weights.consistencyIndex(), 'f', 3),
                       QLocale().toString(weights.consistencyRatio(), 'f', 3),
                       QLocale().toString(AhpWeights::AcceptableConsistencyRatio, 'f', 2),
                       weights.isConsistent() ? QString()
                                              : QStringLiteral(": ") + weights.consistencyWarning())
            : error);
    mConsistency->setStyleSheet(
        computed && weights.isConsistent() ? QString() : QStringLiteral("color: #c0392b"));
    mConsistency->show();
  }
  else
  {
    const QJsonObject weights = composite.value(QStringLiteral("weights")).toObject();
    mItems = weights.keys();
    mTable->setRowCount(static_cast<int>(mItems.size()));
    mTable->setColumnCount(1);
    mTable->setHorizontalHeaderLabels({tr("Weight")});
    mTable->setVerticalHeaderLabels(mItems);
    for (int row = 0; row < mItems.size(); ++row)
      mTable->setItem(row, 0,
                      new QTableWidgetItem(
                          QLocale::c().toString(weights.value(mItems.at(row)).toDouble(), 'g', 6)));
    mConsistency->hide();
  }
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  QStringList problems;
  for (const QString &problem : mDraft->problemsAt(CompositePath))
  {
    if (!problem.startsWith(QStringLiteral("bands")))
      problems << problem;
  }
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mRefreshing = false;
}

void CompositeIndexEditor::edited(int row, int column)
{
  if (mRefreshing)
    return;
  const QString text = mTable->item(row, column)->text().trimmed();
  bool ok = false;
  const double value = QLocale::c().toDouble(text, &ok);
  const QJsonValue typed = ok ? QJsonValue(value) : QJsonValue(text);
  if (!mAhp)
  {
    mDraft->setValue(CompositePath + QStringList{QStringLiteral("weights"), mItems.at(row)}, typed,
                     tr("Weight of %1").arg(mItems.at(row)));
    return;
  }
  QJsonObject ahp = mDraft->value(CompositePath + QStringList{QStringLiteral("ahp")}).toObject();
  QJsonArray matrix = ahp.value(QStringLiteral("matrix")).toArray();
  QJsonArray upper = matrix.at(row).toArray();
  upper[column] = typed;
  matrix[row] = upper;
  if (ok && value > 0)
  {
    QJsonArray lower = matrix.at(column).toArray();
    lower[row] = 1.0 / value;
    matrix[column] = lower;
  }
  ahp.insert(QStringLiteral("matrix"), matrix);
  mDraft->setValue(CompositePath + QStringList{QStringLiteral("ahp")}, ahp,
                   tr("Comparison %1 : %2").arg(mItems.at(row), mItems.at(column)));
}

} // namespace riskatlas
