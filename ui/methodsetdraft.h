#pragma once

#include "levelpalette.h"
#include "methodset.h"
#include "taxonomy.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUndoStack>

namespace riskatlas
{

/**
 * The method set being edited, as its JSON document (the same text riskatlas-cli methods reads
 * and writes), with an undo stack of its own. Every edit replaces one value at a path (object
 * keys and array indexes, e.g. {"default", "cells", "2", "3"}); the document is checked after
 * each edit by the assessment's own strict reader and taxonomy check, whose "path: reason"
 * problems the fields show.
 */
class MethodSetDraft : public QObject
{
  Q_OBJECT

public:
  MethodSetDraft(const Taxonomy &taxonomy, const MethodSet &set, QObject *parent = nullptr);

  QJsonObject json() const { return mJson; }
  //! The value at \a path; undefined when absent.
  QJsonValue value(const QStringList &path) const;
  //! Replaces the value at \a path (undefined removes it) as one undoable edit named \a text.
  void setValue(const QStringList &path, const QJsonValue &value, const QString &text);
  //! Replaces the value without the undo stack (the undo commands call this).
  void applyValue(const QStringList &path, const QJsonValue &value);
  QUndoStack *undoStack() { return &mUndoStack; }

  //! Every problem of the document ("path: reason"); empty when it is a valid set.
  QStringList problems() const { return mProblems; }
  //! The problems at \a path or inside it, without the path.
  QStringList problemsAt(const QStringList &path) const;
  bool isValid() const { return mProblems.isEmpty(); }
  //! The set the document describes when valid; the last valid one otherwise.
  MethodSet methodSet() const { return mSet; }
  const Taxonomy &taxonomy() const { return mTaxonomy; }
  /**
   * The level colours the draft describes: its "palette" where a colour is valid, the default
   * elsewhere (so fields show the colours being edited, even while the draft has problems).
   */
  LevelPalette palette() const;

  //! A level's name in the interface language (zh or en, from the locale).
  static QString levelText(RiskLevel level);
  //! "default.bands.bands[2].from" for {"default", "bands", "bands", "2", "from"}.
  static QString pathText(const QStringList &path);

signals:
  //! After each edit, undo or redo (and after the check).
  void changed();

private:
  void check();
  //! Factor values without a Chinese or English meaning ("path: reason").
  QStringList descriptorProblems() const;

  Taxonomy mTaxonomy;
  QJsonObject mJson;
  MethodSet mSet;
  QStringList mProblems;
  QUndoStack mUndoStack;
};

} // namespace riskatlas
