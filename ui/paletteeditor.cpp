#include "paletteeditor.h"

#include "levelpalette.h"
#include "methodsetdraft.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>
#include <qgscolorbutton.h>

namespace riskatlas
{

namespace
{
const QStringList PalettePath{QStringLiteral("palette")};

QString levelLabel(RiskLevel level)
{
  return level == RiskLevel::None ? PaletteEditor::tr("Not assessed")
                                  : MethodSetDraft::levelText(level);
}
} // namespace

PaletteEditor::PaletteEditor(MethodSetDraft *draft, QWidget *parent)
    : QWidget(parent), mDraft(draft), mProblems(new QLabel(this)),
      mReset(new QPushButton(tr("Reset to default colours"), this))
{
  auto *intro = new QLabel(tr("The colours of the levels on maps, in tables and in the report "
                              "(the report's parameter annex prints them). Levels must stay "
                              "easy to tell apart."),
                           this);
  intro->setWordWrap(true);
  auto *form = new QFormLayout;
  for (RiskLevel level : LevelPalette::levels())
  {
    auto *button = new QgsColorButton(this, tr("Colour of %1").arg(levelLabel(level)));
    button->setObjectName(QStringLiteral("colour_%1").arg(levelKey(level)));
    button->setAllowOpacity(false);
    button->setShowNoColor(false);
    button->setDefaultColor(QColor(LevelPalette().color(level)));
    auto *warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("warning_%1").arg(levelKey(level)));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b9770e"));
    warning->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addWidget(warning, 1);
    form->addRow(levelLabel(level), row);
    mButtons.insert(level, button);
    mWarnings.insert(level, warning);
    connect(button, &QgsColorButton::colorChanged, this,
            [this, level](const QColor &color) { colorEdited(level, color); });
  }
  mProblems->setObjectName(QStringLiteral("problems"));
  mProblems->setWordWrap(true);
  mProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
  mProblems->hide();
  mReset->setObjectName(QStringLiteral("resetPalette"));
  connect(mReset, &QPushButton::clicked, this,
          [this]()
          { mDraft->setValue(PalettePath, QJsonValue::Undefined, tr("Default colours")); });
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(mReset);
  buttons->addStretch();
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(mProblems);
  layout->addLayout(buttons);
  layout->addStretch();
  connect(mDraft, &MethodSetDraft::changed, this, &PaletteEditor::refresh);
  refresh();
}

QString PaletteEditor::warningText(RiskLevel level) const
{
  QLabel *label = mWarnings.value(level);
  return label && !label->isHidden() ? label->text() : QString();
}

QString PaletteEditor::problemText() const
{
  return mProblems->isHidden() ? QString() : mProblems->text();
}

void PaletteEditor::refresh()
{
  mRefreshing = true;
  const LevelPalette palette = mDraft->palette();
  QMap<RiskLevel, QStringList> alike;
  for (const QPair<RiskLevel, RiskLevel> &pair : palette.similarLevels())
  {
    const RiskLevel first = pair.first;
    const RiskLevel second = pair.second;
    const double difference = LevelPalette::difference(palette.color(first), palette.color(second));
    const QString how = difference < 0.5 ? tr("same colour as %1") : tr("hard to tell from %1");
    alike[first] << how.arg(levelLabel(second));
    alike[second] << how.arg(levelLabel(first));
  }
  for (RiskLevel level : LevelPalette::levels())
  {
    QgsColorButton *button = mButtons.value(level);
    const QSignalBlocker blocker(button);
    button->setColor(QColor(palette.color(level)));
    QLabel *warning = mWarnings.value(level);
    const QStringList reasons = alike.value(level);
    warning->setText(reasons.isEmpty() ? QString()
                                       : QStringLiteral("⚠ ") + reasons.join(QStringLiteral("; ")));
    warning->setVisible(!reasons.isEmpty());
  }
  const QStringList problems = mDraft->problemsAt(PalettePath);
  mProblems->setText(problems.join(QLatin1Char('\n')));
  mProblems->setVisible(!problems.isEmpty());
  mReset->setEnabled(mDraft->value(PalettePath).isObject());
  mRefreshing = false;
}

void PaletteEditor::colorEdited(RiskLevel level, const QColor &color)
{
  if (mRefreshing || !color.isValid())
    return;
  LevelPalette palette = mDraft->palette();
  palette.setColor(level, color.name(QColor::HexRgb).toUpper());
  mDraft->setValue(PalettePath, palette.toJson(),
                   tr("Colour of %1: %2").arg(levelLabel(level), palette.color(level)));
}

} // namespace riskatlas
