#include "reviewsessiondialog.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
const QString Group = QStringLiteral("ReviewSessionDialog");
} // namespace

ReviewSessionDialog::ReviewSessionDialog(const QString &projectName, QWidget *parent)
    : QDialog(parent)
{
  setObjectName(QStringLiteral("ReviewSessionDialog"));
  setWindowTitle(tr("Start Review Session"));
  auto *layout = new QVBoxLayout(this);
  auto *intro = new QLabel(tr("While the session is open, every change of a unit needs the reason "
                              "agreed, is recorded with the session and is assessed at once. End "
                              "the session to write its minutes."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  QSettings settings;
  settings.beginGroup(Group);
  auto *form = new QFormLayout();
  mTitle = new QLineEdit(tr("Expert review of the risk assessment of %1").arg(projectName), this);
  mTitle->setObjectName(QStringLiteral("title"));
  form->addRow(tr("&Title"), mTitle);
  mDate = new QDateEdit(QDate::currentDate(), this);
  mDate->setObjectName(QStringLiteral("date"));
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  form->addRow(tr("&Date"), mDate);
  mPlace = new QLineEdit(settings.value(QStringLiteral("place")).toString(), this);
  mPlace->setObjectName(QStringLiteral("place"));
  mPlace->setPlaceholderText(tr("e.g. meeting room 3, emergency management bureau"));
  form->addRow(tr("&Place"), mPlace);
  mChair = new QLineEdit(settings.value(QStringLiteral("chair")).toString(), this);
  mChair->setObjectName(QStringLiteral("chair"));
  form->addRow(tr("&Chair"), mChair);
  mParticipants = new QPlainTextEdit(this);
  mParticipants->setObjectName(QStringLiteral("participants"));
  mParticipants->setPlaceholderText(tr("One per line: name, organisation"));
  mParticipants->setPlainText(
      settings.value(QStringLiteral("participants")).toStringList().join(QLatin1Char('\n')));
  form->addRow(tr("P&articipants"), mParticipants);
  layout->addLayout(form);
  mHint = new QLabel(this);
  mHint->setObjectName(QStringLiteral("hint"));
  mHint->setStyleSheet(QStringLiteral("color: #C00000;"));
  mHint->setWordWrap(true);
  layout->addWidget(mHint);
  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Start Session"));
  layout->addWidget(mButtons);
  // Wide enough for a meeting's full title in either language.
  setMinimumWidth(fontMetrics().averageCharWidth() * 72);
  connect(mButtons, &QDialogButtonBox::accepted, this, &ReviewSessionDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  for (QLineEdit *edit : {mTitle, mPlace, mChair})
    connect(edit, &QLineEdit::textChanged, this, &ReviewSessionDialog::updateState);
  connect(mParticipants, &QPlainTextEdit::textChanged, this, &ReviewSessionDialog::updateState);
  updateState();
}

ReviewSession ReviewSessionDialog::session() const
{
  ReviewSession session;
  session.title = mTitle->text().trimmed();
  session.date = mDate->date().toString(Qt::ISODate);
  session.place = mPlace->text().trimmed();
  session.chair = mChair->text().trimmed();
  for (const QString &line : mParticipants->toPlainText().split(QLatin1Char('\n')))
    if (!line.trimmed().isEmpty())
      session.participants << line.trimmed();
  return session;
}

void ReviewSessionDialog::updateState()
{
  const QStringList problems = reviewSessionProblems(session());
  mHint->setText(problems.join(QLatin1Char('\n')));
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void ReviewSessionDialog::accept()
{
  const ReviewSession chosen = session();
  QSettings settings;
  settings.beginGroup(Group);
  settings.setValue(QStringLiteral("place"), chosen.place);
  settings.setValue(QStringLiteral("chair"), chosen.chair);
  settings.setValue(QStringLiteral("participants"), chosen.participants);
  QDialog::accept();
}

} // namespace riskatlas
