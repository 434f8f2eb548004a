#include "encodingcombobox.h"

namespace riskatlas
{

EncodingComboBox::EncodingComboBox(QWidget *parent) : QComboBox(parent)
{
  addItem(tr("Automatic (UTF-8 or GB18030)"), QByteArray());
  addItem(QStringLiteral("UTF-8"), QByteArray("UTF-8"));
  addItem(tr("GB18030 (Simplified Chinese)"), QByteArray("GB18030"));
  addItem(tr("GBK (Simplified Chinese)"), QByteArray("GBK"));
  addItem(tr("Big5 (Traditional Chinese)"), QByteArray("Big5"));
  setToolTip(tr("Text encoding of a CSV file or of a shapefile without a .cpg file"));
}

QByteArray EncodingComboBox::encoding() const
{
  return currentData().toByteArray();
}

void EncodingComboBox::setEncoding(const QByteArray &encoding)
{
  setCurrentIndex(qMax(0, findData(encoding)));
}

} // namespace riskatlas
