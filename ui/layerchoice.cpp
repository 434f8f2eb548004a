#include "layerchoice.h"

#include "workflow/importpreview.h"

#include <QComboBox>

namespace riskatlas
{

void showLayerChoice(const QString &file, QComboBox *layers, QWidget *label)
{
  layers->clear();
  const QStringList names = ImportPreview::layers(file);
  layers->addItems(names);
  const bool choice = names.size() > 1;
  layers->setEnabled(choice);
  layers->setVisible(choice);
  if (label)
    label->setVisible(choice);
}

} // namespace riskatlas
