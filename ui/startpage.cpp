#include "startpage.h"

#include "preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <qgsapplication.h>

namespace riskatlas
{

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("startPage"));
  auto *title = new QLabel(tr("RiskAtlas — urban safety-risk assessment"));
  QFont titleFont = title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
  titleFont.setBold(true);
  title->setFont(titleFont);
  auto *intro = new QLabel(
      tr("Import the risk units and boundaries a city sends, score every unit, and deliver the "
         "four-colour risk map and the assessment report."));
  intro->setWordWrap(true);

  auto *newButton = new QPushButton(
      QgsApplication::getThemeIcon(QStringLiteral("/mActionNewMap.svg")), tr("New project…"));
  newButton->setObjectName(QStringLiteral("newProjectButton"));
  auto *openButton = new QPushButton(
      QgsApplication::getThemeIcon(QStringLiteral("/mActionFileOpen.svg")), tr("Open project…"));
  openButton->setObjectName(QStringLiteral("openProjectButton"));
  mSample = new QPushButton(QgsApplication::getThemeIcon(QStringLiteral("/mIconGeopackage.svg")),
                            tr("Open the sample city"));
  mSample->setObjectName(QStringLiteral("sampleProjectButton"));
  mSample->setToolTip(tr("Builds a project from the bundled sample city's raw files (360 risk "
                         "units, 12 districts) and assesses it"));
  connect(newButton, &QPushButton::clicked, this, &StartPage::newProjectRequested);
  connect(openButton, &QPushButton::clicked, this, &StartPage::openProjectRequested);
  connect(mSample, &QPushButton::clicked, this, &StartPage::sampleProjectRequested);

  auto *buttons = new QVBoxLayout;
  buttons->addWidget(newButton);
  buttons->addWidget(openButton);
  buttons->addWidget(mSample);
  buttons->addStretch();

  auto *recentTitle = new QLabel(tr("Recent projects"));
  QFont bold = recentTitle->font();
  bold.setBold(true);
  recentTitle->setFont(bold);
  mRecent = new QListWidget;
  mRecent->setObjectName(QStringLiteral("recentProjects"));
  mNoRecent = new QLabel(tr("No recent projects yet."));
  connect(mRecent, &QListWidget::itemActivated, this,
          [this](QListWidgetItem *item)
          { emit recentProjectRequested(item->data(Qt::UserRole).toString()); });
  auto *recent = new QVBoxLayout;
  recent->addWidget(recentTitle);
  recent->addWidget(mNoRecent);
  recent->addWidget(mRecent, 1);
  recent->addStretch(); // takes the room only while the list is hidden

  auto *columns = new QHBoxLayout;
  columns->addLayout(buttons);
  columns->addSpacing(fontMetrics().averageCharWidth() * 4);
  columns->addLayout(recent, 1);

  auto *layout = new QVBoxLayout(this);
  const int margin = fontMetrics().height() * 2;
  layout->setContentsMargins(margin, margin, margin, margin);
  layout->addWidget(title);
  layout->addWidget(intro);
  layout->addSpacing(fontMetrics().height());
  layout->addLayout(columns, 1);
  refresh();
}

void StartPage::refresh()
{
  mRecent->clear();
  for (const QString &path : Preferences::recentProjects())
  {
    auto *item =
        new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(path).completeBaseName(),
                                                         QDir::toNativeSeparators(path)),
                            mRecent);
    item->setData(Qt::UserRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
  }
  mNoRecent->setVisible(mRecent->count() == 0);
  mRecent->setVisible(mRecent->count() > 0);
}

void StartPage::setSampleAvailable(bool available)
{
  mSample->setVisible(available);
}

} // namespace riskatlas
