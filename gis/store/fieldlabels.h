#pragma once

#include <QString>

namespace riskatlas
{

/**
 * The words people read for the fields of the project's layers and for the codes stored in
 * them, in Chinese ("zh") or English ("en"): the units' fields as the risk list (风险清单) heads
 * its columns, the regions' as the assessment workbook's region sheet does, the hidden dangers'
 * as registers do (隐患编号 …). One table for the risk list, the workbook and the QGIS field
 * aliases, so a column reads the same wherever an analyst meets it.
 */
class FieldLabels
{
public:
  //! The label of a field of `units` ("name" → 单位名称); empty for a field it does not know.
  static QString unitField(const QString &field, const QString &language);
  //! The label of a field of `regions` ("kind" → 区域类型); empty for an unknown field.
  static QString regionField(const QString &field, const QString &language);
  //! The label of a field of `hazards` ("status" → 整改状态); empty for an unknown field.
  static QString hazardField(const QString &field, const QString &language);

  //! A scoring method key (matrix, lec, mes) by name; other keys as given.
  static QString methodName(const QString &method, const QString &language);
  //! A region kind key (district, street, grid): 区县, 街道, 网格; other keys as given.
  static QString regionKindName(const QString &kind, const QString &language);
  //! A hidden danger's listing key (district, city, province): 区级, 市级, 省级.
  static QString hazardListingName(const QString &listing, const QString &language);
};

} // namespace riskatlas
