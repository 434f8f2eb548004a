#pragma once

#include <QComboBox>

namespace riskatlas
{

//! The text encodings of the files cities send: automatic (UTF-8 or GB18030 recognised), UTF-8,
//! GB18030, GBK, Big5.
class EncodingComboBox : public QComboBox
{
  Q_OBJECT

public:
  explicit EncodingComboBox(QWidget *parent = nullptr);

  //! Empty for automatic recognition.
  QByteArray encoding() const;
  void setEncoding(const QByteArray &encoding);
};

} // namespace riskatlas
