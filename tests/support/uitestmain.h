#pragma once

// A Qt Test main for the workbench's suites (ui.*): starts QGIS with its GUI (offscreen unless
// a display is set, e.g. under xvfb-run), runs the suite, shuts QGIS down. Settings (QGIS's
// profile and the workbench's preferences) live in Qt's test-mode folders (~/.qttest), so a
// suite neither reads nor changes the user's.

#include "qgistestmain.h"

#include <QStandardPaths>

#define RISKATLAS_UI_TEST_MAIN(TestClass)                                                          \
  int main(int argc, char **argv)                                                                  \
  {                                                                                                \
    QStandardPaths::setTestModeEnabled(true);                                                      \
    return riskatlas::test::runQgisTestSuite<TestClass>(argc, argv, true);                         \
  }
