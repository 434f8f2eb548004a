#pragma once

// A Qt Test main for suites that need QGIS: starts it once (offscreen when headless), runs the
// suite, shuts QGIS down. QGIS's own qgstest.h is not installed on Debian.

#include "support/gisruntime.h"
#include "translations.h"

#include <QTest>
#include <qgsapplication.h>

namespace riskatlas::test
{

//! Starts QGIS (with its GUI when \a withGui), runs \a TestClass, shuts QGIS down.
template <typename TestClass> int runQgisTestSuite(int &argc, char **argv, bool withGui)
{
  auto app = startQgis(argc, argv, withGui);
  installSystemLanguage();
  int code = 0;
  {
    TestClass test;
    code = QTest::qExec(&test, argc, argv);
  }
  QgsApplication::exitQgis();
  return code;
}

} // namespace riskatlas::test

#define RISKATLAS_QGIS_TEST_MAIN(TestClass)                                                        \
  int main(int argc, char **argv)                                                                  \
  {                                                                                                \
    return riskatlas::test::runQgisTestSuite<TestClass>(argc, argv, false);                        \
  }
