#pragma once

#include <QString>

namespace riskatlas
{

/**
 * Reads a coordinate as registers write it: decimal ("120.2083"), degrees-minutes-seconds
 * (120°12'30.5", 120°12′30.5″E, 120度12分30.5秒, 东经120°12'30.5"), or degrees and decimal
 * minutes (120°12.5'). A west or south hemisphere makes the value negative. False for anything
 * else, or minutes and seconds of 60 or more.
 */
bool parseCoordinate(const QString &text, double &value);

} // namespace riskatlas
