#pragma once

#include <QDate>
#include <QHash>
#include <QStringList>

namespace riskatlas
{

class HazardControlRule;
class ProjectStore;

/**
 * The units an assessment assesses with poor control because of their open hidden dangers
 * (HazardControlRule), with the hidden dangers that moved each. Empty for a project without a
 * register, or when the rule is off.
 */
class HazardEffect
{
public:
  //! Reads the register as of \a asOf; unreadable hidden dangers are noted on the store.
  static HazardEffect read(ProjectStore &store, const HazardControlRule &rule, const QDate &asOf);

  bool isEmpty() const { return mByUnit.isEmpty(); }
  //! The ids of the hidden dangers that make unit \a fid's control poor; empty for none.
  QStringList hazardsOf(qint64 fid) const { return mByUnit.value(fid); }
  /**
   * What the effect is made of (units and their hidden dangers), empty when there is none; an
   * assessment whose effect differs from the stored state's reads every unit again.
   */
  QString signature() const;
  //! Metadata key of the signature the last full assessment ran with.
  static QString metadataKey() { return QStringLiteral("assess_hazard_effect"); }

private:
  QHash<qint64, QStringList> mByUnit;
};

} // namespace riskatlas
