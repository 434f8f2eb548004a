#pragma once

// A Qt Test main for the workbench's suites (ui.*): starts QGIS with its GUI (offscreen unless
// a display is set, e.g. under xvfb-run), runs the suite, shuts QGIS down. Settings (QGIS's
// profile and the workbench's preferences) live in Qt's test-mode folders (~/.qttest), so a
// suite neither reads nor changes the user's.

#include "support/gisruntime.h"
#include "translations.h"

#include <QStandardPaths>
#include <QTest>
#include <qgsapplication.h>

#define RISKATLAS_UI_TEST_MAIN(TestClass)                                                          \
  int main(int argc, char **argv)                                                                  \
  {                                                                                                \
    QStandardPaths::setTestModeEnabled(true);                                                      \
    auto app = riskatlas::startQgis(argc, argv, true);                                             \
    riskatlas::installSystemLanguage();                                                            \
    int code = 0;                                                                                  \
    {                                                                                              \
      TestClass test;                                                                              \
      code = QTest::qExec(&test, argc, argv);                                                      \
    }                                                                                              \
    QgsApplication::exitQgis();                                                                    \
    return code;                                                                                   \
  }
