#include "bandtableeditor.h"

#include "methodsetdraft.h"

#include <QComboBox>
#include <QHBoxLayout>
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
enum Column
{
  LevelColumn,
  FromColumn,
  RangeColumn,
};

QString number(const QJsonValue &value)
{
  return value.isDouble() ? QLocale::c().toString(value.toDouble(), 'g', 12) : value.toString();
}
} // namespace

BandTableEditor::BandTableEditor(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft), mRule(new QComboBox(this)), mTable(new QTableWidget(this)),
      mProblems(new QLabel(this))
{
  mRule->setObjectName(QStringLiteral("boundaryRule"));
  mRule->addItem(tr("Lower bound inclusive (a score equal to a bound takes the band above)"),
                 QStringLiteral("lower-inclusive"));
  mRule->addItem(tr("Upper bound inclusive (a score equal to a bound takes the band below)"),
                 QStringLiteral("upper-inclusive"));
  mTable->setObjectName(QStringLiteral("bandTable"));
  mTable->setColumnCount(3);
  mTable->setHorizontalHeaderLabels({tr("Level"), tr("From"), tr("Scores")});
  mTable->horizontalHeader()->setSectionResizeMode(RangeColumn, QHeaderView::Stretch);
  mTable->verticalHeader()->hide();
  // Four bands and the header stay visible however little room the editor has.
  mTable->setMinimumHeight(mTable->verticalHeader()->defaultSectionSize() * 4 +
                           mTable->horizontalHeader()->sizeHint().height() +
                           2 * mTable->frameWidth());
  mProblems->setObjectName(QStringLiteral("problems"));
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mRule);
  layout->addWidget(mTable, 1);
  layout->addWidget(mProblems);
  connect(mDraft, &MethodSetDraft::changed, this, &BandTableEditor::refresh);
  connect(mTable, &QTableWidget::cellChanged, this, &BandTableEditor::boundEdited);
  connect(mRule, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this]()
          {
            if (!mRefreshing)
              mDraft->setValue(mPath + QStringList{QStringLiteral("rule")},
                               mRule->currentData().toString(), tr("Boundary rule"));
          });
}

void BandTableEditor::setPath(const QStringList &path, const QString &symbol)
{
  mPath = path;
  mSymbol = symbol;
  refresh();
}

QString BandTableEditor::problemText() const
{
  return mProblems->isVisible() ? mProblems->text() : QString();
}

void BandTableEditor::refresh()
{
  if (mPath.isEmpty())
    return;
  mRefreshing = true;
  const QSignalBlocker blocker(mTable);
  const QJsonObject table = mDraft->value(mPath).toObject();
  const bool lowerInclusive =
      table.value(QStringLiteral("rule")).toString() != QStringLiteral("upper-inclusive");
  mRule->setCurrentIndex(lowerInclusive ? 0 : 1);
  const QJsonArray bands = table.value(QStringLiteral("bands")).toArray();
  mTable->setRowCount(bands.size());
  for (int row = 0; row < bands.size(); ++row)
  {
    const QJsonObject band = bands.at(row).toObject();
    RiskLevel level = RiskLevel::None;
    levelFromKey(band.value(QStringLiteral("level")).toString(), level);
    auto *levelItem = new QTableWidgetItem(MethodSetDraft::levelText(level));
    levelItem->setFlags(Qt::ItemIsEnabled);
    if (level != RiskLevel::None)
    {
      const QColor colour(mDraft->palette().color(level));
      levelItem->setBackground(colour);
      levelItem->setForeground(qGray(colour.rgb()) < 140 ? Qt::white : Qt::black);
    }
    mTable->setItem(row, LevelColumn, levelItem);
    auto *from = new QTableWidgetItem(number(band.value(QStringLiteral("from"))));
    if (row == bands.size() - 1)
      from->setFlags(Qt::ItemIsEnabled);
    mTable->setItem(row, FromColumn, from);
    // The range in words, as the rule reads it.
    const QString lower = number(band.value(QStringLiteral("from")));
    const QString upper =
        row == 0 ? QString() : number(bands.at(row - 1).toObject().value(QStringLiteral("from")));
    const QString low = lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<");
    const QString high = lowerInclusive ? QStringLiteral("<") : QStringLiteral("≤");
    QString range;
    if (row == bands.size() - 1 && !upper.isEmpty())
      range = QStringLiteral("%1 %2 %3").arg(mSymbol, high, upper);
    else if (upper.isEmpty())
      range = QStringLiteral("%1 %2 %3")
                  .arg(mSymbol, lowerInclusive ? QStringLiteral("≥") : QStringLiteral(">"), lower);
    else
      range = QStringLiteral("%1 %2 %3 %4 %5").arg(lower, low, mSymbol, high, upper);
    auto *rangeItem = new QTableWidgetItem(range);
    rangeItem->setFlags(Qt::ItemIsEnabled);
    mTable->setItem(row, RangeColumn, rangeItem);
  }
  const QStringList problems = mDraft->problemsAt(mPath);
  // The rows a problem names are marked too.
  for (const QString &problem : problems)
  {
    for (int row = 0; row < bands.size(); ++row)
    {
      if (problem.contains(QStringLiteral("[%1]").arg(row)) ||
          problem.contains(QStringLiteral("band %1 ").arg(row + 1)) ||
          problem.contains(QStringLiteral("bands %1 ").arg(row + 1)) ||
          problem.contains(QStringLiteral("and %1").arg(row + 1)))
        mTable->item(row, FromColumn)->setBackground(QColor(QStringLiteral("#f5b7b1")));
    }
  }
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mRefreshing = false;
}

void BandTableEditor::boundEdited(int row, int column)
{
  if (mRefreshing || column != FromColumn)
    return;
  const QString text = mTable->item(row, column)->text().trimmed();
  bool ok = false;
  const double value = QLocale::c().toDouble(text, &ok);
  mDraft->setValue(
      mPath + QStringList{QStringLiteral("bands"), QString::number(row), QStringLiteral("from")},
      ok ? QJsonValue(value) : QJsonValue(text), tr("Band %1 from %2").arg(row + 1).arg(text));
}

} // namespace riskatlas
