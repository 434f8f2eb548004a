#pragma once

#include <QString>

namespace riskatlas
{

/**
 * Code order of regions (330101, 330102 … 330110, G00001 …), the order of every region table
 * and list: runs of digits compare by their value, so "9" comes before "10" when codes differ
 * in length; other characters compare as text. Equal values ("01" and "1") fall back to plain
 * text order, so the order is total.
 */
bool regionCodeLess(const QString &a, const QString &b);

} // namespace riskatlas
