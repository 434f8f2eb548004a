#include "riskmatrixgrid.h"

#include "methodsetdraft.h"
#include "riskmatrixmethod.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
RiskLevel nextLevel(RiskLevel level)
{
  return level == RiskLevel::Major || level == RiskLevel::None
             ? RiskLevel::Low
             : static_cast<RiskLevel>(static_cast<int>(level) + 1);
}

QJsonArray resizedLabels(const QJsonArray &labels, int steps)
{
  QJsonArray result;
  for (int i = 0; i < steps; ++i)
    result.append(i < labels.size() ? labels.at(i) : QJsonValue(QString()));
  return result;
}
} // namespace

RiskMatrixGrid::RiskMatrixGrid(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft), mLikelihoodSteps(new QSpinBox(this)),
      mSeveritySteps(new QSpinBox(this)), mMode(new QComboBox(this)),
      mTable(new QTableWidget(this)), mProblems(new QLabel(this))
{
  for (QSpinBox *steps : {mLikelihoodSteps, mSeveritySteps})
    steps->setRange(RiskMatrixMethod::MinimumSteps, RiskMatrixMethod::MaximumSteps);
  mLikelihoodSteps->setObjectName(QStringLiteral("likelihoodSteps"));
  mSeveritySteps->setObjectName(QStringLiteral("severitySteps"));
  mMode->addItem(tr("Levels from score bands (R = L × S)"));
  mMode->addItem(tr("Levels cell by cell"));
  mTable->setObjectName(QStringLiteral("matrixTable"));
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mTable->viewport()->installEventFilter(this);
  mTable->installEventFilter(this);
  mProblems->setObjectName(QStringLiteral("problems"));
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));

  auto *sizes = new QHBoxLayout;
  sizes->addWidget(new QLabel(tr("Likelihood steps"), this));
  sizes->addWidget(mLikelihoodSteps);
  sizes->addWidget(new QLabel(tr("Severity steps"), this));
  sizes->addWidget(mSeveritySteps);
  sizes->addWidget(mMode, 1);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(sizes);
  auto *hint = new QLabel(tr("Click a cell to raise its level, or type 1–4 (low … major). The "
                             "first column and the last row hold each step's descriptor."),
                          this);
  hint->setWordWrap(true);
  layout->addWidget(hint);
  layout->addWidget(mTable, 1);
  layout->addWidget(mProblems);

  connect(mDraft, &MethodSetDraft::changed, this, &RiskMatrixGrid::refresh);
  connect(mLikelihoodSteps, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int steps)
          {
            if (!mRefreshing)
              resize(steps, mSeveritySteps->value());
          });
  connect(mSeveritySteps, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int steps)
          {
            if (!mRefreshing)
              resize(mLikelihoodSteps->value(), steps);
          });
  connect(mMode, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int index)
          {
            if (!mRefreshing)
              useCells(index == 1);
          });
  connect(mTable, &QTableWidget::cellChanged, this, &RiskMatrixGrid::labelEdited);
}

void RiskMatrixGrid::setPath(const QStringList &path)
{
  mPath = path;
  refresh();
}

QJsonObject RiskMatrixGrid::method() const
{
  return mDraft->value(mPath).toObject();
}

void RiskMatrixGrid::setMethod(const QJsonObject &method, const QString &text)
{
  mDraft->setValue(mPath, method, text);
}

RiskLevel RiskMatrixGrid::levelAt(int likelihood, int severity) const
{
  if (likelihood < 1 || likelihood > mLevels.size() || severity < 1 ||
      severity > mLevels.at(likelihood - 1).size())
    return RiskLevel::None;
  return mLevels.at(likelihood - 1).at(severity - 1);
}

bool RiskMatrixGrid::stepsAt(int row, int column, int &likelihood, int &severity) const
{
  const int likelihoodSteps = mTable->rowCount() - 1;
  likelihood = likelihoodSteps - row;
  severity = column;
  return row >= 0 && row < likelihoodSteps && column >= 1;
}

void RiskMatrixGrid::refresh()
{
  if (mPath.isEmpty())
    return;
  const QJsonObject json = method();
  QString error;
  const auto matrix = RiskMatrixMethod::fromJson(json, &error);
  const int likelihoodSteps = json.value(QStringLiteral("likelihood_steps")).toInt(5);
  const int severitySteps = json.value(QStringLiteral("severity_steps")).toInt(5);
  mLevels = QVector<QVector<RiskLevel>>(likelihoodSteps,
                                        QVector<RiskLevel>(severitySteps, RiskLevel::None));
  for (int l = 1; matrix && l <= likelihoodSteps; ++l)
  {
    for (int s = 1; s <= severitySteps; ++s)
      mLevels[l - 1][s - 1] = matrix->levelAt(l, s);
  }
  mRefreshing = true;
  const QSignalBlocker blocker(mTable);
  mLikelihoodSteps->setValue(likelihoodSteps);
  mSeveritySteps->setValue(severitySteps);
  mMode->setCurrentIndex(json.contains(QStringLiteral("cells")) ? 1 : 0);
  mTable->clear();
  mTable->setRowCount(likelihoodSteps + 1);
  mTable->setColumnCount(severitySteps + 1);
  QStringList columns{tr("Descriptor")};
  for (int s = 1; s <= severitySteps; ++s)
    columns << tr("S = %1").arg(s);
  mTable->setHorizontalHeaderLabels(columns);
  QStringList rows;
  for (int row = 0; row < likelihoodSteps; ++row)
    rows << tr("L = %1").arg(likelihoodSteps - row);
  rows << tr("Descriptor");
  mTable->setVerticalHeaderLabels(rows);
  const LevelPalette palette = mDraft->palette();
  const QJsonArray likelihoodLabels = json.value(QStringLiteral("likelihood_labels")).toArray();
  const QJsonArray severityLabels = json.value(QStringLiteral("severity_labels")).toArray();
  for (int row = 0; row < likelihoodSteps; ++row)
  {
    const int l = likelihoodSteps - row;
    mTable->setItem(row, 0, new QTableWidgetItem(likelihoodLabels.at(l - 1).toString()));
    for (int s = 1; s <= severitySteps; ++s)
    {
      const RiskLevel level = mLevels[l - 1][s - 1];
      auto *item = new QTableWidgetItem(
          level == RiskLevel::None ? QString() : MethodSetDraft::levelText(level));
      item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
      item->setTextAlignment(Qt::AlignCenter);
      item->setToolTip(tr("L = %1, S = %2, R = %3: %4")
                           .arg(l)
                           .arg(s)
                           .arg(l * s)
                           .arg(MethodSetDraft::levelText(level)));
      if (level != RiskLevel::None)
      {
        const QColor colour(palette.color(level));
        item->setBackground(colour);
        item->setForeground(qGray(colour.rgb()) < 140 ? Qt::white : Qt::black);
      }
      mTable->setItem(row, s, item);
    }
  }
  auto *corner = new QTableWidgetItem;
  corner->setFlags(Qt::NoItemFlags);
  mTable->setItem(likelihoodSteps, 0, corner);
  for (int s = 1; s <= severitySteps; ++s)
    mTable->setItem(likelihoodSteps, s, new QTableWidgetItem(severityLabels.at(s - 1).toString()));
  mTable->resizeColumnToContents(0);
  // A 5×5 matrix and its descriptors stay whole on a 768-pixel screen; larger ones scroll.
  mTable->setMinimumHeight(
      std::min(mTable->rowCount(), 6) * mTable->verticalHeader()->defaultSectionSize() +
      mTable->horizontalHeader()->sizeHint().height() + 2 * mTable->frameWidth());
  const QStringList problems = mDraft->problemsAt(mPath);
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mRefreshing = false;
}

void RiskMatrixGrid::setLevel(int likelihood, int severity, RiskLevel level)
{
  QJsonObject json = method();
  if (levelAt(likelihood, severity) == level || level == RiskLevel::None)
    return;
  QJsonArray cells;
  for (int l = 1; l <= mLevels.size(); ++l)
  {
    QJsonArray row;
    for (int s = 1; s <= mLevels.at(l - 1).size(); ++s)
      row.append(levelKey(l == likelihood && s == severity ? level : levelAt(l, s)));
    cells.append(row);
  }
  json.remove(QStringLiteral("bands"));
  json.insert(QStringLiteral("cells"), cells);
  setMethod(json, tr("Set cell L = %1, S = %2 to %3")
                      .arg(likelihood)
                      .arg(severity)
                      .arg(MethodSetDraft::levelText(level)));
}

void RiskMatrixGrid::useCells(bool cells)
{
  QJsonObject json = method();
  if (cells == json.contains(QStringLiteral("cells")))
    return;
  if (cells)
  {
    QJsonArray table;
    for (int l = 1; l <= mLevels.size(); ++l)
    {
      QJsonArray row;
      for (int s = 1; s <= mLevels.at(l - 1).size(); ++s)
      {
        const RiskLevel level = levelAt(l, s);
        row.append(levelKey(level == RiskLevel::None ? RiskLevel::Low : level));
      }
      table.append(row);
    }
    json.remove(QStringLiteral("bands"));
    json.insert(QStringLiteral("cells"), table);
  }
  else
  {
    json.remove(QStringLiteral("cells"));
    json.insert(QStringLiteral("bands"), MethodSet::defaultSet()
                                             .toJson()
                                             .value(QStringLiteral("default"))
                                             .toObject()
                                             .value(QStringLiteral("bands")));
  }
  setMethod(json, cells ? tr("Levels cell by cell") : tr("Levels from score bands"));
}

void RiskMatrixGrid::resize(int likelihoodSteps, int severitySteps)
{
  QJsonObject json = method();
  json.insert(QStringLiteral("likelihood_steps"), likelihoodSteps);
  json.insert(QStringLiteral("severity_steps"), severitySteps);
  for (const char *key : {"likelihood_labels", "severity_labels"})
  {
    const QString name = QString::fromLatin1(key);
    if (json.contains(name))
      json.insert(name, resizedLabels(json.value(name).toArray(), name.startsWith(QLatin1Char('l'))
                                                                      ? likelihoodSteps
                                                                      : severitySteps));
  }
  if (json.contains(QStringLiteral("cells")))
  {
    // New steps repeat the level of the last one, which keeps the table from falling.
    QJsonArray cells;
    for (int l = 1; l <= likelihoodSteps; ++l)
    {
      QJsonArray row;
      for (int s = 1; s <= severitySteps; ++s)
      {
        const RiskLevel level =
            levelAt(std::min(l, static_cast<int>(mLevels.size())),
                    std::min(s, mLevels.isEmpty() ? 1 : static_cast<int>(mLevels[0].size())));
        row.append(levelKey(level == RiskLevel::None ? RiskLevel::Low : level));
      }
      cells.append(row);
    }
    json.insert(QStringLiteral("cells"), cells);
  }
  setMethod(json, tr("Matrix size %1 × %2").arg(likelihoodSteps).arg(severitySteps));
}

void RiskMatrixGrid::labelEdited(int row, int column)
{
  if (mRefreshing)
    return;
  const int likelihoodSteps = mTable->rowCount() - 1;
  const QString text = mTable->item(row, column)->text();
  QJsonObject json = method();
  QString key;
  int index = 0;
  int steps = 0;
  if (column == 0 && row < likelihoodSteps)
  {
    key = QStringLiteral("likelihood_labels");
    index = likelihoodSteps - row - 1;
    steps = likelihoodSteps;
  }
  else if (row == likelihoodSteps && column >= 1)
  {
    key = QStringLiteral("severity_labels");
    index = column - 1;
    steps = mTable->columnCount() - 1;
  }
  else
    return;
  QJsonArray labels = resizedLabels(json.value(key).toArray(), steps);
  labels[index] = text;
  json.insert(key, labels);
  setMethod(json, tr("Descriptor \"%1\"").arg(text));
}

bool RiskMatrixGrid::eventFilter(QObject *watched, QEvent *event)
{
  int likelihood = 0;
  int severity = 0;
  if (watched == mTable->viewport() && event->type() == QEvent::MouseButtonRelease)
  {
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QModelIndex index = mTable->indexAt(mouse->pos());
    if (mouse->button() == Qt::LeftButton && index.isValid() &&
        stepsAt(index.row(), index.column(), likelihood, severity))
    {
      setLevel(likelihood, severity, nextLevel(levelAt(likelihood, severity)));
      return true;
    }
  }
  if (watched == mTable && event->type() == QEvent::KeyPress &&
      stepsAt(mTable->currentRow(), mTable->currentColumn(), likelihood, severity))
  {
    const QString key = static_cast<QKeyEvent *>(event)->text().toLower();
    static const QHash<QString, RiskLevel> levels{{QStringLiteral("1"), RiskLevel::Low},
                                                  {QStringLiteral("l"), RiskLevel::Low},
                                                  {QStringLiteral("2"), RiskLevel::General},
                                                  {QStringLiteral("g"), RiskLevel::General},
                                                  {QStringLiteral("3"), RiskLevel::Significant},
                                                  {QStringLiteral("s"), RiskLevel::Significant},
                                                  {QStringLiteral("4"), RiskLevel::Major},
                                                  {QStringLiteral("m"), RiskLevel::Major}};
    if (levels.contains(key))
    {
      const int row = mTable->currentRow();
      const int column = mTable->currentColumn();
      setLevel(likelihood, severity, levels.value(key));
      mTable->setCurrentCell(row, column);
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

} // namespace riskatlas
