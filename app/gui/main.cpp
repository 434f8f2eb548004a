#include "support/gisruntime.h"
#include "translations.h"

#include <qgsapplication.h>

int main(int argc, char **argv)
{
  auto app = riskatlas::startQgis(argc, argv, true);
  riskatlas::installSystemLanguage();
  QgsApplication::exitQgis();
  return 0;
}
