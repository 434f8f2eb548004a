#pragma once

#include "api/problem.h"

#include <functional>

namespace riskatlas
{

//! How a front end words a problem: the whole message, and a row problem's reason.
struct ProblemWording
{
  std::function<QString(const Problem &)> message = &Problem::message;
  std::function<QString(const Problem &)> reason = [](const Problem &p) { return p.reason; };
};

/**
 * Writes problems as a CSV the analyst can open in Excel (UTF-8 with BOM): file, row, id, field,
 * value, reason — row problems first, then file-level ones with their message as the reason.
 */
bool writeProblemsCsv(const QString &path, const Problems &problems, const ProblemWording &wording,
                      QString *error);

} // namespace riskatlas
