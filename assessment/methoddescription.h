#pragma once

#include "language.h"
#include "methodset.h"

namespace riskatlas
{

/**
 * The method parameters as the report's annex prints them (rich text): which method applies to
 * which categories and sectors, each method's tables (matrix cells, factor values, score bands
 * with their boundary rule), the control-level correction and the method set's hash.
 */
QString describeMethodSet(const MethodSet &set, const Taxonomy &taxonomy, const Language &language);

} // namespace riskatlas
