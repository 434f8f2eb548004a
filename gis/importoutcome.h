#pragma once

#include <QStringList>

namespace riskatlas
{

//! What an import did, or every reason it did nothing.
struct ImportOutcome
{
  bool ok = false;
  QStringList errors; //!< one line per problem: file, row or feature, field, value, reason
  int rows = 0;
  int added = 0;
  int updated = 0;
  int replaced = 0; //!< regions removed because the import replaced their kind
  QString projectCrs;
};

} // namespace riskatlas
