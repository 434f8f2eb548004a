#include "workbench.h"

#include "mainwindow.h"
#include "preferences.h"
#include "projectdocument.h"
#include "uilanguage.h"

namespace riskatlas
{

Workbench::Workbench(const QString &sampleFolder, QObject *parent)
    : QObject(parent), mSampleFolder(sampleFolder)
{
}

Workbench::~Workbench() = default;

std::unique_ptr<MainWindow> Workbench::createWindow()
{
  auto window = std::make_unique<MainWindow>();
  window->setSampleFolder(mSampleFolder);
  connect(window.get(), &MainWindow::languageRequested, this, &Workbench::switchLanguage,
          Qt::QueuedConnection); // the old window's menu is still on the stack
  return window;
}

void Workbench::start(const QString &projectPath)
{
  UiLanguage::install(Preferences::language());
  mWindow = createWindow();
  mWindow->show();
  if (!projectPath.isEmpty())
    mWindow->openProject(projectPath);
}

void Workbench::switchLanguage(const QString &code)
{
  Preferences::setLanguage(code);
  UiLanguage::install(code);
  const QByteArray geometry = mWindow->saveGeometry();
  const QByteArray state = mWindow->saveState();
  std::unique_ptr<ProjectDocument> document = mWindow->takeDocument();
  std::unique_ptr<MainWindow> old = std::move(mWindow);
  old->hide();
  mWindow = createWindow();
  mWindow->restoreGeometry(geometry);
  mWindow->restoreState(state);
  if (document)
    mWindow->setDocument(std::move(document));
  mWindow->show();
  old.reset();
}

} // namespace riskatlas
