#pragma once

#include "reviewsession.h"

#include <QString>

namespace riskatlas
{

class ProjectStore;

//! The final level of every unit (with whether it was set by hand) and region of \a store.
ReviewSnapshot readLevelSnapshot(ProjectStore &store);

/**
 * Makes the project \a store (a copy, never the analyst's file) show the levels of \a snapshot:
 * units and regions take its levels and overrides; units it does not know (added since) are
 * removed. Units it knows that the copy lacks (deleted since) cannot come back without their
 * position and stay absent. One transaction; false with \a error.
 */
bool applyLevelSnapshot(ProjectStore &store, const ReviewSnapshot &snapshot, QString *error);

} // namespace riskatlas
