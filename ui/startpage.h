#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace riskatlas
{

/**
 * What the workbench shows with no project open: start a project, open one, open a recent one
 * or the bundled sample city.
 */
class StartPage : public QWidget
{
  Q_OBJECT

public:
  explicit StartPage(QWidget *parent = nullptr);

  //! Lists Preferences::recentProjects() again.
  void refresh();
  //! Shows the sample city's button only when its files were found.
  void setSampleAvailable(bool available);

signals:
  void newProjectRequested();
  void openProjectRequested();
  void recentProjectRequested(const QString &path);
  void sampleProjectRequested();

private:
  QListWidget *mRecent = nullptr;
  QLabel *mNoRecent = nullptr;
  QPushButton *mSample = nullptr;
};

} // namespace riskatlas
