#include "influencezoneseditor.h"

#include "methodsetdraft.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
const QStringList ZonesPath{QStringLiteral("influence_zones")};
} // namespace

InfluenceZonesEditor::InfluenceZonesEditor(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft),
      mEnabled(new QCheckBox(tr("Hazard sources raise the regions within their distance"), this)),
      mTable(new QTableWidget(this)), mProblems(new QLabel(this))
{
  const bool chinese = QLocale().language() == QLocale::Chinese;
  QStringList labels;
  for (const Category &category : mDraft->taxonomy().categories())
  {
    for (const Sector &sector : category.sectors)
    {
      mSectors << sector.code;
      labels << QStringLiteral("%1 %2").arg(
          sector.code, sector.name(chinese ? QStringLiteral("zh") : QStringLiteral("en")));
    }
  }
  mTable->setObjectName(QStringLiteral("influenceDistances"));
  mTable->setRowCount(static_cast<int>(mSectors.size()));
  mTable->setColumnCount(1);
  mTable->setHorizontalHeaderLabels({tr("Distance (m)")});
  mTable->setVerticalHeaderLabels(labels);
  mTable->horizontalHeader()->setMinimumSectionSize(
      mTable->fontMetrics().horizontalAdvance(tr("Distance (m)")) + 16);
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mEnabled);
  layout->addWidget(mTable, 1);
  layout->addWidget(mProblems);
  connect(mDraft, &MethodSetDraft::changed, this, &InfluenceZonesEditor::refresh);
  connect(mEnabled, &QCheckBox::toggled, this, &InfluenceZonesEditor::edited);
  connect(mTable, &QTableWidget::cellChanged, this, &InfluenceZonesEditor::edited);
  refresh();
}

void InfluenceZonesEditor::refresh()
{
  mRefreshing = true;
  const QSignalBlocker blocker(mTable);
  const QJsonObject zones = mDraft->value(ZonesPath).toObject();
  mEnabled->setChecked(zones.value(QStringLiteral("enabled")).toBool());
  const QJsonObject distances = zones.value(QStringLiteral("sectors")).toObject();
  for (int row = 0; row < mSectors.size(); ++row)
  {
    const QJsonValue distance = distances.value(mSectors.at(row));
    mTable->setItem(row, 0,
                    new QTableWidgetItem(distance.isDouble()
                                             ? QLocale::c().toString(distance.toDouble(), 'g', 10)
                                             : distance.toString()));
  }
  const QStringList problems = mDraft->problemsAt(ZonesPath);
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mRefreshing = false;
}

void InfluenceZonesEditor::edited()
{
  if (mRefreshing)
    return;
  QJsonObject distances;
  for (int row = 0; row < mSectors.size(); ++row)
  {
    const QString text = mTable->item(row, 0) ? mTable->item(row, 0)->text().trimmed() : QString();
    if (text.isEmpty())
      continue;
    bool ok = false;
    const double metres = QLocale::c().toDouble(text, &ok);
    distances.insert(mSectors.at(row), ok ? QJsonValue(metres) : QJsonValue(text));
  }
  mDraft->setValue(ZonesPath,
                   QJsonObject{{QStringLiteral("enabled"), mEnabled->isChecked()},
                               {QStringLiteral("sectors"), distances}},
                   tr("Influence zones"));
}

} // namespace riskatlas
