#pragma once

#include <QDate>
#include <QJsonObject>

namespace riskatlas
{

class JsonReader;
struct HiddenDanger;

/**
 * How open hidden dangers worsen a unit's control level (管控水平) in an assessment: a unit
 * with an open major hidden danger, or an overdue one, has controls that are not working, so it
 * is assessed as 差 (poor) whatever its stated control (domain.md §8). On by default; a method
 * set turns it off with "hidden_dangers": {"enabled": false}. A project without hidden dangers
 * is assessed exactly as without the rule.
 */
class HazardControlRule
{
public:
  bool isEnabled() const { return mEnabled; }
  void setEnabled(bool enabled) { mEnabled = enabled; }
  //! The default (enabled) rule: a set with it serialises and hashes as before the rule existed.
  bool isDefault() const { return mEnabled; }

  //! Whether \a hazard makes its unit's control poor as of \a asOf: open and major, or overdue.
  bool worsens(const HiddenDanger &hazard, const QDate &asOf) const;

  //! {"enabled": bool}.
  QJsonObject toJson() const;
  //! Reads toJson()'s form strictly; problems are recorded in \a json.
  static void readJson(const JsonReader &json, HazardControlRule &rule);

  bool operator==(const HazardControlRule &other) const { return mEnabled == other.mEnabled; }

private:
  bool mEnabled = true;
};

} // namespace riskatlas
