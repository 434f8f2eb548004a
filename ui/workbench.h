#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace riskatlas
{

class MainWindow;

/**
 * The workbench application: its language and its main window. Switching language rebuilds
 * the window around the same open project, so every menu, dock and dialog is in the new
 * language at once, and nothing running is interrupted.
 */
class Workbench : public QObject
{
  Q_OBJECT

public:
  //! \a sampleFolder: the bundled sample city's raw files (empty: none).
  explicit Workbench(const QString &sampleFolder, QObject *parent = nullptr);
  ~Workbench() override;

  //! Installs the chosen language, shows the window and opens \a projectPath when given.
  void start(const QString &projectPath);
  MainWindow *window() const { return mWindow.get(); }
  //! Installs \a code ("zh", "en", empty: the system's), remembers it and rebuilds the window.
  void switchLanguage(const QString &code);

private:
  std::unique_ptr<MainWindow> createWindow();

  QString mSampleFolder;
  std::unique_ptr<MainWindow> mWindow;
};

} // namespace riskatlas
