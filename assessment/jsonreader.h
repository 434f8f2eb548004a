#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace riskatlas
{

/**
 * Strict reading of one JSON value at a path (e.g. `default.bands.bands[2].from`).
 *
 * Every problem — a wrong type, a missing required key, an unknown key — is recorded as
 * "path: reason" in a list shared by the whole document, so a reader can go on and report
 * them all instead of silently taking 0 or "" for a value it cannot use.
 */
class JsonReader
{
public:
  enum Need
  {
    Optional,
    Required,
  };

  //! The document root; problems are appended to \a problems (which must outlive the reader).
  JsonReader(const QJsonValue &value, QStringList *problems, const QString &path = QString());

  //! The member \a key of this object (undefined when absent or when this is no object).
  JsonReader member(const QString &key) const;
  //! The element \a index of this array.
  JsonReader element(int index) const;

  const QJsonValue &value() const { return mValue; }
  const QString &path() const { return mPath; }
  bool isPresent() const { return !mValue.isUndefined(); }

  /*
   * Each reader returns true and sets \a out when the value has the right type, true and leaves
   * \a out alone when an optional value is absent, and false (with a problem) otherwise.
   */
  bool number(double &out, Need need = Optional) const;
  //! A whole number that fits an int (5.5 and "5" are refused).
  bool integer(int &out, Need need = Optional) const;
  bool string(QString &out, Need need = Optional) const;
  bool boolean(bool &out, Need need = Optional) const;
  //! Checks the value is an object (or absent and optional).
  bool isObject(Need need = Optional) const;
  //! Checks the value is an array (or absent and optional); \a size gets its length.
  bool isArray(int *size = nullptr, Need need = Optional) const;
  //! Keys of an object, in document order (empty for anything else).
  QStringList keys() const;
  //! Records every key of this object not in \a known, naming the nearest known key.
  void allowOnly(const QStringList &known) const;

  //! Records "path: message".
  void report(const QString &message) const;
  int problemCount() const { return mProblems->size(); }

  //! How a value is named in messages: 5.5, the string "20", true, null, an array, an object.
  static QString describe(const QJsonValue &value);
  //! The entry of \a candidates within edit distance 2 of \a word (closest first), or empty.
  static QString nearest(const QString &word, const QStringList &candidates);

private:
  bool present(Need need) const;
  void wrongType(const QString &expected) const;

  QJsonValue mValue;
  QStringList *mProblems;
  QString mPath;
};

} // namespace riskatlas
