#pragma once

// A Qt Test main for suites that need QGIS: starts it once (offscreen when headless), runs the
// suite, shuts QGIS down. QGIS's own qgstest.h is not installed on Debian.

#include "support/gisruntime.h"
#include "translations.h"

#include <QTest>
#include <qgsapplication.h>

#define RISKATLAS_QGIS_TEST_MAIN(TestClass)                                                        \
  int main(int argc, char **argv)                                                                  \
  {                                                                                                \
    auto app = riskatlas::startQgis(argc, argv, false);                                            \
    riskatlas::installSystemLanguage();                                                            \
    int code = 0;                                                                                  \
    {                                                                                              \
      TestClass test;                                                                              \
      code = QTest::qExec(&test, argc, argv);                                                      \
    }                                                                                              \
    QgsApplication::exitQgis();                                                                    \
    return code;                                                                                   \
  }
