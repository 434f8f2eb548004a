#pragma once

#include <QFont>
#include <QStringList>

class QPaintDevice;

namespace riskatlas
{

/**
 * \a text broken into the lines Qt would lay it out in at \a width (device units of \a device),
 * Chinese breaking between characters and Latin text between words; the first line is
 * \a firstIndent narrower. Explicit newlines start new lines. Never empty.
 */
QStringList wrapText(const QString &text, const QFont &font, QPaintDevice *device, double width,
                     double firstIndent = 0);

} // namespace riskatlas
