#include "store/hazardcolumns.h"

namespace riskatlas
{

namespace
{
struct FieldNames
{
  const char *key;
  const char *names; //!< "|"-separated; the first is the usual Chinese header
};

const FieldNames Names[] = {
    {"hazard_id", "隐患编号|隐患id|hazard_id|hazard id|id"},
    {"unit_id", "单位编号|风险单元编号|unit_id|unit id"},
    {"unit_name", "单位名称|企业名称|unit_name|unit name|unit"},
    {"sector", "所属行业|行业领域|sector"},
    {"district", "所属区县/街道|所属区县|所属街道|district"},
    {"description", "隐患描述|隐患内容|description"},
    {"grade", "隐患等级|隐患级别|grade"},
    {"source", "隐患来源|来源|source"},
    {"round", "督办轮次|轮次|round"},
    {"found_date", "发现日期|排查日期|found_date|found"},
    {"deadline", "整改期限|整改时限|deadline"},
    {"responsible_party", "责任单位|responsible_party"},
    {"responsible_person", "责任人|responsible_person"},
    {"measures", "整改措施|measures"},
    {"funds", "整改资金|funds"},
    {"status", "整改状态|状态|status"},
    {"rectified_date", "整改完成日期|完成日期|rectified_date"},
    {"verifier", "复核人|verifier"},
    {"closed_date", "销号日期|closed_date"},
    {"listing", "挂牌级别|挂牌督办|listing"},
    {"longitude", "经度|longitude|lon|lng"},
    {"latitude", "纬度|latitude|lat"},
};

//! A header without a unit in brackets ("整改资金（万元）" → "整改资金"), lower case.
QString normalised(const QString &header)
{
  QString text = header.trimmed();
  for (const QChar open : {QChar(u'（'), QChar(u'(')})
  {
    const int at = text.indexOf(open);
    if (at > 0)
      text = text.left(at).trimmed();
  }
  return text.toLower();
}
} // namespace

HazardColumns::HazardColumns(const QStringList &headers) : mHeaders(headers)
{
  for (const FieldNames &field : Names)
  {
    const QStringList names = QString::fromUtf8(field.names).split(QLatin1Char('|'));
    for (int i = 0; i < headers.size() && !mColumns.contains(QString::fromUtf8(field.key)); ++i)
    {
      if (names.contains(normalised(headers.at(i))))
        mColumns.insert(QString::fromUtf8(field.key), i);
    }
  }
}

QString HazardColumns::header(const QString &field) const
{
  const int at = column(field);
  return at >= 0 ? mHeaders.at(at) : chineseHeader(field);
}

QStringList HazardColumns::missingRequired() const
{
  QStringList missing;
  if (!has(QStringLiteral("hazard_id")))
    missing << QStringLiteral("hazard_id");
  if (!has(QStringLiteral("unit_id")) && !has(QStringLiteral("unit_name")))
    missing << QStringLiteral("unit_id");
  for (const char *field : {"grade", "found_date"})
  {
    if (!has(QString::fromUtf8(field)))
      missing << QString::fromUtf8(field);
  }
  return missing;
}

QString HazardColumns::chineseHeader(const QString &field)
{
  for (const FieldNames &names : Names)
  {
    if (field == QString::fromUtf8(names.key))
      return QString::fromUtf8(names.names).section(QLatin1Char('|'), 0, 0);
  }
  return field;
}

const QStringList &HazardColumns::exportFields()
{
  static const QStringList fields{QStringLiteral("hazard_id"),
                                  QStringLiteral("unit_id"),
                                  QStringLiteral("unit_name"),
                                  QStringLiteral("sector"),
                                  QStringLiteral("district"),
                                  QStringLiteral("description"),
                                  QStringLiteral("grade"),
                                  QStringLiteral("source"),
                                  QStringLiteral("round"),
                                  QStringLiteral("found_date"),
                                  QStringLiteral("deadline"),
                                  QStringLiteral("responsible_party"),
                                  QStringLiteral("responsible_person"),
                                  QStringLiteral("measures"),
                                  QStringLiteral("funds"),
                                  QStringLiteral("status"),
                                  QStringLiteral("rectified_date"),
                                  QStringLiteral("verifier"),
                                  QStringLiteral("closed_date"),
                                  QStringLiteral("listing")};
  return fields;
}

} // namespace riskatlas
