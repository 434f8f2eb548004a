#pragma once

#include <QString>

namespace riskatlas
{

//! The level at which a major hidden danger is listed for supervision (挂牌督办), if at all.
enum class HazardListing
{
  None = 0,
  District = 1, //!< 区（县）级挂牌
  City = 2,     //!< 市级挂牌
  Province = 3, //!< 省级挂牌
};

//! Stable key: ""|district|city|province.
QString hazardListingKey(HazardListing listing);
//! "", 区级, 市级, 省级.
QString hazardListingNameZh(HazardListing listing);
/**
 * Reads a key or the wording of registers: 省 / 省级 / 省级挂牌, 市…, 区 / 县 / 区县…; empty,
 * 无 and 否 are None.
 */
bool hazardListingFromText(const QString &text, HazardListing &listing);

} // namespace riskatlas
