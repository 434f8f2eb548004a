#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace riskatlas
{

/**
 * Lists the layers of \a file in \a layers, shown (with its \a label) only when the file has
 * more than one to choose from: a CSV or a GeoJSON has none to choose.
 */
void showLayerChoice(const QString &file, QComboBox *layers, QWidget *label);

} // namespace riskatlas
