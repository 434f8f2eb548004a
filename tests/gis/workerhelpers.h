#pragma once

// Helpers of the worker-thread tests: work run as QgsTasks, a main thread kept busy meanwhile,
// and a tiny HTTP server living in the main thread.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <atomic>
#include <functional>
#include <memory>
#include <qgsapplication.h>
#include <qgstaskmanager.h>

namespace riskatlas::test
{

//! A function run as a QgsTask in the task manager's thread pool, as the workbench will.
class FunctionTask : public QgsTask
{
public:
  FunctionTask(const QString &name, std::function<void()> work)
      : QgsTask(name, QgsTask::Flags()), mWork(std::move(work))
  {
  }

protected:
  bool run() override
  {
    mWork();
    return true;
  }

private:
  std::function<void()> mWork;
};

/**
 * Starts every function of \a work as a task, then calls \a meanwhile in the main thread (which
 * also processes events) until all have returned and the task manager is idle. Never returns
 * while a task still runs, as the tasks write into the caller's variables.
 */
inline void runTasksWhile(const QList<std::function<void()>> &work,
                          const std::function<void()> &meanwhile)
{
  auto running = std::make_shared<std::atomic<int>>(work.size());
  for (const std::function<void()> &function : work)
    QgsApplication::taskManager()->addTask(new FunctionTask(QStringLiteral("test"),
                                                            [function, running]
                                                            {
                                                              function();
                                                              --*running;
                                                            }));
  do
  {
    meanwhile();
    QCoreApplication::processEvents();
  } while (*running > 0);
  while (QgsApplication::taskManager()->countActiveTasks() > 0)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

/**
 * An HTTP server in the calling thread: answers every request with \a body, or never when
 * \a body is null. Counts the requests.
 */
class TinyHttpServer : public QTcpServer
{
public:
  explicit TinyHttpServer(const QByteArray &body) : mBody(body)
  {
    connect(this, &QTcpServer::newConnection, this, &TinyHttpServer::answer);
    listen(QHostAddress::LocalHost);
  }

  int requests() const { return mRequests; }
  QString url(const QString &path) const
  {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
  }

private:
  void answer()
  {
    while (QTcpSocket *socket = nextPendingConnection())
    {
      ++mRequests;
      auto request = std::make_shared<QByteArray>();
      connect(socket, &QTcpSocket::readyRead, socket,
              [this, socket, request]
              {
                request->append(socket->readAll());
                if (!request->contains("\r\n\r\n") || mBody.isNull())
                  return;
                socket->write("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                              QByteArray::number(mBody.size()) + "\r\n\r\n" + mBody);
                socket->disconnectFromHost();
              });
    }
  }

  QByteArray mBody;
  int mRequests = 0;
};

} // namespace riskatlas::test
