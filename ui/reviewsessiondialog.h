#pragma once

#include "reviewsession.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace riskatlas
{

/**
 * Asks for a review session's details before it starts: title, date, place, chair and the
 * participants (one per line). OK waits until nothing is missing; the place, chair and
 * participants of the last session are offered again.
 */
class ReviewSessionDialog : public QDialog
{
  Q_OBJECT

public:
  //! \a projectName suggests the title.
  explicit ReviewSessionDialog(const QString &projectName, QWidget *parent = nullptr);

  //! The session as filled in (number, recorder and times are the project's to set).
  ReviewSession session() const;

  void accept() override;

private:
  void updateState();

  QLineEdit *mTitle = nullptr;
  QDateEdit *mDate = nullptr;
  QLineEdit *mPlace = nullptr;
  QLineEdit *mChair = nullptr;
  QPlainTextEdit *mParticipants = nullptr;
  QLabel *mHint = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
