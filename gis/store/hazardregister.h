#pragma once

#include "hiddendanger.h"

#include <QList>

namespace riskatlas
{

class ProjectStore;

/**
 * Reads the hidden-danger register with what statistics group it by: each hidden danger's
 * unit name and sector (from the units layer) and the district it lies in (the district region
 * containing its point). A failed read is noted on the store (ProjectStore::takeReadError()).
 */
class HazardRegister
{
public:
  //! Every hidden danger, ordered by id; empty for a project without a register.
  static QList<HiddenDanger> readAll(ProjectStore &store);
};

} // namespace riskatlas
