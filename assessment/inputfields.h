#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace riskatlas
{

class Language;

/**
 * Canonical names of the fields a risk unit carries, and how source column headers map onto
 * them (domain.md §4 and the import contract): English and Chinese headers, case-insensitive,
 * and single-letter headers read as a set (L+S matrix, L+E+C LEC, M+E+S MES).
 */
class InputFields
{
public:
  static QString id() { return QStringLiteral("id"); }
  static QString name() { return QStringLiteral("name"); }
  static QString sector() { return QStringLiteral("sector"); }
  static QString longitude() { return QStringLiteral("longitude"); }
  static QString latitude() { return QStringLiteral("latitude"); }
  static QString likelihood() { return QStringLiteral("likelihood"); }
  static QString severity() { return QStringLiteral("severity"); }
  static QString control() { return QStringLiteral("control"); }
  //! A geometry given as WKT text (POINT, LINESTRING, POLYGON …).
  static QString wkt() { return QStringLiteral("wkt"); }
  //! The region (district, street or grid) a unit without coordinates lies in, by name or code.
  static QString region() { return QStringLiteral("region"); }

  //! Every target a header can be mapped to, in export order.
  static const QStringList &targets();
  //! The scoring inputs among targets(), in export order.
  static const QStringList &scoringInputs();
  //! What a scoring input is called in \a language ("Likelihood", "L (likelihood of an
  //! accident)", "管控水平"…); other fields read as their key.
  static QString label(const QString &field, const Language &language);

  /**
   * The headers that look like each target, in file order (one for a clear match, more when
   * several claim it): the recognition resolve() applies to headers no override claims.
   */
  static QMap<QString, QStringList> recognise(const QStringList &headers);

  /**
   * Maps targets to source headers. Explicit \a overrides (target → header) win, and an override
   * with an empty header leaves its target without a column; the rest are recognised by alias.
   * Returns false and sets \a error for an unknown target, a header that does not exist, or two
   * headers claiming one target.
   */
  static bool resolve(const QStringList &headers, const QMap<QString, QString> &overrides,
                      QMap<QString, QString> &targetToHeader, QString *error);
};

} // namespace riskatlas
