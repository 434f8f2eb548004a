#pragma once

// Control images in tests/controls/. RISKATLAS_UPDATE_CONTROLS=1 rewrites a control from the
// rendered image and SKIPS the check: a rewritten control proves nothing until someone looked
// at it, so an update run must never pass as green.

#include "imagecomparison.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace riskatlas::test
{

inline QString controlImagePath(const QString &name)
{
  return QDir(sourceDir()).filePath(QStringLiteral("tests/controls/") + name);
}

inline bool controlUpdateRequested()
{
  return qEnvironmentVariableIsSet("RISKATLAS_UPDATE_CONTROLS");
}

//! Replaces \a control with \a rendered.
inline bool rewriteControl(const QString &rendered, const QString &control)
{
  QFile::remove(control);
  return QFile::copy(rendered, control);
}

} // namespace riskatlas::test

//! Compares a rendered PNG with tests/controls/NAME, or rewrites the control and skips the test.
#define RISKATLAS_CHECK_CONTROL_IMAGE(rendered, name)                                              \
  do                                                                                               \
  {                                                                                                \
    const QString control_ = riskatlas::test::controlImagePath(name);                              \
    if (riskatlas::test::controlUpdateRequested())                                                 \
    {                                                                                              \
      QVERIFY2(riskatlas::test::rewriteControl(rendered, control_), qPrintable(control_));         \
      QSKIP(qPrintable(QStringLiteral("RISKATLAS_UPDATE_CONTROLS: rewrote %1; look at it before "  \
                                      "committing it")                                             \
                           .arg(control_)));                                                       \
    }                                                                                              \
    const riskatlas::test::ImageComparison comparison_ =                                           \
        riskatlas::test::compareImages(rendered, control_, 8, 200);                                \
    QVERIFY2(comparison_.matches, qPrintable(comparison_.message));                                \
  } while (false)
