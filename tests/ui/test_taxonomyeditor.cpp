// The taxonomy editor and its undoable command on the sample project: edits made as a user
// makes them (typing into the tree's cells), applied through the document's undo stack, read
// back from the file — the taxonomy, the units' sector names and the audit log.

#include "projectdocument.h"
#include "sampleproject.h"
#include "taxonomycommand.h"
#include "taxonomyeditor.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <sqlite3.h>

using namespace riskatlas;

namespace
{
//! Rows of \a sql on a connection of the test's own, each row's columns as text.
QList<QStringList> query(const QString &path, const QString &sql)
{
  QList<QStringList> rows;
  sqlite3 *db = nullptr;
  sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt *statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK)
  {
    while (sqlite3_step(statement) == SQLITE_ROW)
    {
      QStringList row;
      for (int i = 0; i < sqlite3_column_count(statement); ++i)
        row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
      rows << row;
    }
  }
  else
    qWarning("%s", sqlite3_errmsg(db));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return rows;
}

QString single(const QString &path, const QString &sql)
{
  const QList<QStringList> rows = query(path, sql);
  return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first();
}

//! Imports RU0001, the sample's first unit, again with \a sector (another connection's commit).
bool reimportFirstUnit(const QString &path, const QString &sector)
{
  QFile sample(test::sampleFile(QStringLiteral("units.csv")));
  if (!sample.open(QIODevice::ReadOnly))
    return false;
  const QByteArray header = sample.readLine();
  QByteArray row = sample.readLine();
  row.replace(",I01,", "," + sector.toUtf8() + ",");
  const QString file = QFileInfo(path).dir().filePath(QStringLiteral("one-unit.csv"));
  QFile csv(file);
  if (!csv.open(QIODevice::WriteOnly) || csv.write(header + row) < 0)
    return false;
  csv.close();
  auto session = ProjectSession::open(path, nullptr);
  const ImportOutcome outcome = session ? session->importUnits(file, {}, nullptr) : ImportOutcome();
  if (!outcome.ok)
    qWarning("%s", qPrintable(outcome.messages().join(QLatin1Char('\n'))));
  return outcome.ok;
}

Taxonomy storedTaxonomy(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->taxonomy() : Taxonomy();
}

//! The new value of the last audit entry.
QString lastAuditChange(const QString &path)
{
  return single(path,
                QStringLiteral("SELECT new_value FROM ra_audit_log ORDER BY seq DESC LIMIT 1"));
}

int auditCount(const QString &path, const QString &action)
{
  return single(path,
                QStringLiteral("SELECT COUNT(*) FROM ra_audit_log WHERE action = '%1'").arg(action))
      .toInt();
}

QTreeWidgetItem *itemOf(QTreeWidget *tree, const QString &code)
{
  const QList<QTreeWidgetItem *> found =
      tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, TaxonomyEditor::CodeColumn);
  return found.isEmpty() ? nullptr : found.first();
}

//! Closes the cell editor open in \a tree, if any, as Escape does.
void escapeEditor(QTreeWidget *tree)
{
  for (QLineEdit *editor : tree->viewport()->findChildren<QLineEdit *>())
    if (editor->isVisible())
      QTest::keyClick(editor, Qt::Key_Escape);
  auto editing = [tree]
  {
    const QList<QLineEdit *> editors = tree->viewport()->findChildren<QLineEdit *>();
    return std::any_of(editors.cbegin(), editors.cend(),
                       [](const QLineEdit *editor) { return editor->isVisible(); });
  };
  QTRY_VERIFY(!editing());
}

//! Edits a cell as a user does: a double click opens its line edit, the text is typed (Chinese
//! arrives as an input method commits it), Enter closes it.
void typeInto(QTreeWidget *tree, QTreeWidgetItem *item, int column, const QString &text)
{
  tree->doItemsLayout();
  tree->scrollToItem(item);
  const QRect cell = tree->visualItemRect(item);
  const QPoint centre(tree->header()->sectionViewportPosition(column) +
                          tree->header()->sectionSize(column) / 2,
                      cell.center().y());
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
  QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
  // Editors closed earlier linger until deleted later: take the one open now.
  QLineEdit *editor = nullptr;
  for (QLineEdit *candidate : tree->viewport()->findChildren<QLineEdit *>())
    if (candidate->isVisible())
      editor = candidate;
  QVERIFY2(editor, "no cell editor opened");
  editor->selectAll();
  QTest::keyClick(editor, Qt::Key_Delete);
  bool ascii = true;
  for (const QChar character : text)
    ascii = ascii && character.unicode() < 0x80;
  if (ascii)
    QTest::keyClicks(editor, text);
  else
  {
    QInputMethodEvent input;
    input.setCommitString(text);
    QCoreApplication::sendEvent(editor, &input);
  }
  QTest::keyClick(editor, Qt::Key_Return);
  // The delegate commits on Return through a queued call.
  QTRY_COMPARE(item->text(column), text);
}
} // namespace

class TestTaxonomyEditor : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mSample, false));
  }

  void renamingASectorIsAppliedAuditedAndUndone()
  {
    const QString path = copyOfSample(QStringLiteral("rename.gpkg"));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    const Taxonomy before = document->taxonomy();
    const QString oldName = before.findSector(QStringLiteral("I01"))->nameZh;
    QVERIFY(!oldName.isEmpty());
    const int units =
        single(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE sector = 'I01'")).toInt();
    QVERIFY(units > 0);

    TaxonomyEditor editor(path, before);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTreeWidget *tree = editor.tree();
    QTreeWidgetItem *item = itemOf(tree, QStringLiteral("I01"));
    QVERIFY(item);
    QCOMPARE(item->text(TaxonomyEditor::UnitsColumn), QString::number(units));
    typeInto(tree, item, TaxonomyEditor::NameZhColumn, QStringLiteral("危险化学品生产企业"));
    typeInto(tree, item, TaxonomyEditor::NameEnColumn, QStringLiteral("Chemical producers"));
    QVERIFY(editor.isModified());
    QVERIFY(editor.message().isEmpty());
    auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));

    const int audited = auditCount(path, QStringLiteral("set-taxonomy"));
    QSignalSpy changed(document.get(), &ProjectDocument::changed);
    QSignalSpy outside(document.get(), &ProjectDocument::changedOutside);
    QStringList refusals;
    auto *command = new TaxonomyCommand(document.get(), before, editor.taxonomy());
    command->setRefusalHandler([&refusals](const QString &message) { refusals << message; });
    document->undoStack()->push(command);
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join('\n')));
    QCOMPARE(changed.size(), 1);

    Taxonomy stored = storedTaxonomy(path);
    QCOMPARE(stored.findSector(QStringLiteral("I01"))->nameZh,
             QStringLiteral("危险化学品生产企业"));
    QCOMPARE(stored.findSector(QStringLiteral("I01"))->nameEn,
             QStringLiteral("Chemical producers"));
    QCOMPARE(stored.sectorCount(), before.sectorCount());
    // The units follow: their sector name is the new one.
    QCOMPARE(single(path, QStringLiteral("SELECT DISTINCT sector_name FROM units WHERE sector = "
                                         "'I01'")),
             QStringLiteral("危险化学品生产企业"));
    QCOMPARE(auditCount(path, QStringLiteral("set-taxonomy")), audited + 1);
    const QString oldNames =
        oldName + QStringLiteral(" / ") + before.findSector(QStringLiteral("I01"))->nameEn;
    const QString newNames = QStringLiteral("危险化学品生产企业 / Chemical producers");
    QCOMPARE(lastAuditChange(path),
             QStringLiteral("40 sectors; renamed sector I01: %1 → %2").arg(oldNames, newNames));

    // Undo restores the old names, and is an entry of its own: history is never deleted.
    document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join('\n')));
    stored = storedTaxonomy(path);
    QVERIFY(stored == before);
    QCOMPARE(single(path, QStringLiteral("SELECT DISTINCT sector_name FROM units WHERE sector = "
                                         "'I01'")),
             oldName);
    QCOMPARE(auditCount(path, QStringLiteral("set-taxonomy")), audited + 2);
    QCOMPARE(lastAuditChange(path),
             QStringLiteral("40 sectors; renamed sector I01: %1 → %2").arg(newNames, oldNames));

    document->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QCOMPARE(storedTaxonomy(path).findSector(QStringLiteral("I01"))->nameZh,
             QStringLiteral("危险化学品生产企业"));
    QCOMPARE(auditCount(path, QStringLiteral("set-taxonomy")), audited + 3);
    // The document's own steps are not changes from outside.
    QTest::qWait(1500);
    QCOMPARE(outside.size(), 0);
  }

  void aSectorThatUnitsUseCannotBeRetired()
  {
    const QString path = copyOfSample(QStringLiteral("retire.gpkg"));
    const Taxonomy before = storedTaxonomy(path);
    const int units =
        single(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE sector = 'C01'")).toInt();
    QVERIFY(units > 1);
    TaxonomyEditor editor(path, before);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTreeWidget *tree = editor.tree();
    QTreeWidgetItem *item = itemOf(tree, QStringLiteral("C01"));
    QVERIFY(item);
    tree->setCurrentItem(item);
    QPushButton *retire = nullptr;
    for (QPushButton *button : editor.findChildren<QPushButton *>())
      if (button->text() == QLatin1String("Retire"))
        retire = button;
    QVERIFY(retire);
    QTest::mouseClick(retire, Qt::LeftButton);
    // Refused, with the number of units, at the row and under the tree.
    QVERIFY(itemOf(tree, QStringLiteral("C01")));
    const QString expected = QStringLiteral("C01 (%1 units)").arg(units);
    QVERIFY2(editor.message().contains(expected), qPrintable(editor.message()));
    QVERIFY(item->toolTip(TaxonomyEditor::UnitsColumn).contains(expected));
    QVERIFY(!editor.isModified());
    // Its category, which has used sectors, cannot go either.
    tree->setCurrentItem(item->parent());
    QVERIFY(!editor.retireSelected());
    QVERIFY(itemOf(tree, QStringLiteral("crowded")));

    // A sector no unit uses can go (the sample uses all 40: retire one just added).
    tree->setCurrentItem(item);
    editor.addSector();
    escapeEditor(tree);
    QTreeWidgetItem *added = tree->currentItem();
    QCOMPARE(added->parent(), item->parent());
    added->setText(TaxonomyEditor::CodeColumn, QStringLiteral("C99"));
    QCOMPARE(editor.taxonomy().sectorCount(), before.sectorCount() + 1);
    QVERIFY(editor.retireSelected());
    QVERIFY(!itemOf(tree, QStringLiteral("C99")));
    QCOMPARE(editor.taxonomy().sectorCount(), before.sectorCount());
    QVERIFY(!editor.isModified());
    // The project is untouched until applied.
    QVERIFY(storedTaxonomy(path) == before);

    // Changing the code of a used sector is marked at its cell: units refer to it by code.
    typeInto(tree, itemOf(tree, QStringLiteral("C01")), TaxonomyEditor::CodeColumn,
             QStringLiteral("C91"));
    QTreeWidgetItem *renamed = itemOf(tree, QStringLiteral("C91"));
    QVERIFY(renamed);
    QVERIFY(renamed->toolTip(TaxonomyEditor::CodeColumn).contains(QLatin1String("C01")));
    QVERIFY(!editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
  }

  void aNewSectorsDuplicateCodeIsShownAtItsCell()
  {
    const QString path = copyOfSample(QStringLiteral("add.gpkg"));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    const Taxonomy before = document->taxonomy();
    TaxonomyEditor editor(path, before);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTreeWidget *tree = editor.tree();
    auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    editor.addCategory();
    QTreeWidgetItem *category = tree->topLevelItem(tree->topLevelItemCount() - 1);
    // Empty code and names are problems at their cells.
    QVERIFY(!ok->isEnabled());
    QVERIFY(category->toolTip(TaxonomyEditor::CodeColumn).contains(QLatin1String("no code")));
    QVERIFY(category->background(TaxonomyEditor::NameZhColumn).style() != Qt::NoBrush);
    escapeEditor(tree);
    typeInto(tree, category, TaxonomyEditor::CodeColumn, QStringLiteral("transport"));
    typeInto(tree, category, TaxonomyEditor::NameZhColumn, QStringLiteral("交通运输"));
    typeInto(tree, category, TaxonomyEditor::NameEnColumn, QStringLiteral("Transport"));
    QVERIFY(category->toolTip(TaxonomyEditor::CodeColumn).isEmpty());

    tree->setCurrentItem(category);
    editor.addSector();
    escapeEditor(tree);
    QCOMPARE(category->childCount(), 1);
    QTreeWidgetItem *sector = category->child(0);
    typeInto(tree, sector, TaxonomyEditor::CodeColumn, QStringLiteral("I01"));
    typeInto(tree, sector, TaxonomyEditor::NameZhColumn, QStringLiteral("港口码头"));
    typeInto(tree, sector, TaxonomyEditor::NameEnColumn, QStringLiteral("Ports"));
    // The duplicate code is shown at the cell, and OK waits for it to be fixed.
    QCOMPARE(sector->toolTip(TaxonomyEditor::CodeColumn),
             QStringLiteral("sector code I01 appears twice"));
    QVERIFY(sector->background(TaxonomyEditor::CodeColumn).style() != Qt::NoBrush);
    QVERIFY(editor.message().contains(QLatin1String("appears twice")));
    QVERIFY(!ok->isEnabled());
    typeInto(tree, sector, TaxonomyEditor::CodeColumn, QStringLiteral("T01"));
    QVERIFY(sector->toolTip(TaxonomyEditor::CodeColumn).isEmpty());
    QVERIFY(ok->isEnabled());

    // Move a used sector to the new category: its units follow once applied.
    QTreeWidgetItem *moved = itemOf(tree, QStringLiteral("C01"));
    tree->setCurrentItem(moved);
    auto *target = editor.findChild<QComboBox *>();
    target->setCurrentIndex(target->count() - 1);
    editor.moveSelectedSector();
    QCOMPARE(moved->parent(), category);

    document->undoStack()->push(new TaxonomyCommand(document.get(), before, editor.taxonomy()));
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    const Taxonomy stored = storedTaxonomy(path);
    QVERIFY(stored.category(QStringLiteral("transport")));
    QCOMPARE(stored.findSector(QStringLiteral("T01"))->categoryCode, QStringLiteral("transport"));
    QCOMPARE(stored.findSector(QStringLiteral("C01"))->categoryCode, QStringLiteral("transport"));
    QCOMPARE(single(path, QStringLiteral("SELECT DISTINCT category FROM units WHERE sector = "
                                         "'C01'")),
             QStringLiteral("transport"));
    QCOMPARE(lastAuditChange(path),
             QStringLiteral("41 sectors; added category transport 交通运输 / Transport; added "
                            "sector T01 港口码头 / Ports in transport; moved sector C01: crowded → "
                            "transport"));
  }

  void anUndoThatNoLongerAppliesIsRefused()
  {
    const QString path = copyOfSample(QStringLiteral("refuse.gpkg"));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    const Taxonomy before = document->taxonomy();
    TaxonomyEditor editor(path, before);
    QCOMPARE(single(path, QStringLiteral("SELECT sector FROM units WHERE unit_id = 'RU0001'")),
             QStringLiteral("I01"));
    editor.tree()->setCurrentItem(itemOf(editor.tree(), QStringLiteral("I01")));
    editor.addSector();
    QTreeWidgetItem *sector = editor.tree()->currentItem();
    sector->setText(TaxonomyEditor::CodeColumn, QStringLiteral("I99"));
    sector->setText(TaxonomyEditor::NameZhColumn, QStringLiteral("新能源电站"));
    sector->setText(TaxonomyEditor::NameEnColumn, QStringLiteral("New energy plants"));
    QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
    const Taxonomy after = editor.taxonomy();

    QStringList refusals;
    auto *command = new TaxonomyCommand(document.get(), before, after);
    command->setRefusalHandler([&refusals](const QString &message) { refusals << message; });
    document->undoStack()->push(command);
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QVERIFY(storedTaxonomy(path).findSector(QStringLiteral("I99")));

    // Meanwhile a unit is put into the new sector: undoing would drop a used sector.
    QSignalSpy outside(document.get(), &ProjectDocument::changedOutside);
    QVERIFY(reimportFirstUnit(path, QStringLiteral("I99")));
    // That import was another connection's commit: the document notices it.
    QTRY_VERIFY_WITH_TIMEOUT(outside.size() >= 1, 5000);
    QCOMPARE(single(path, QStringLiteral("SELECT sector FROM units WHERE unit_id = 'RU0001'")),
             QStringLiteral("I99"));
    const int audited = auditCount(path, QStringLiteral("set-taxonomy"));
    document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().contains(QLatin1String("I99 (1 unit)")),
             qPrintable(refusals.first()));
    QVERIFY2(refusals.first().startsWith(QLatin1String("Cannot undo")),
             qPrintable(refusals.first()));
    // The undo history says so on the command's line.
    QCOMPARE(document->undoStack()->text(0), QStringLiteral("Edit Taxonomy (last step refused)"));
    QVERIFY(storedTaxonomy(path) == after);
    QCOMPARE(auditCount(path, QStringLiteral("set-taxonomy")), audited);
    // Redoing finds the project where it leads already and changes nothing.
    document->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(auditCount(path, QStringLiteral("set-taxonomy")), audited);
    QCOMPARE(document->undoStack()->text(0), QStringLiteral("Edit Taxonomy"));

    // Another program renames the new sector: undoing would overwrite that change; refused.
    QList<Category> categories = after.categories();
    for (Category &category : categories)
      for (Sector &entry : category.sectors)
        if (entry.code == QLatin1String("I99"))
          entry.nameZh = QStringLiteral("光伏电站");
    const Taxonomy changedElsewhere = Taxonomy::fromCategories(categories);
    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      QVERIFY(session->replaceTaxonomy(changedElsewhere, nullptr));
    }
    document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isBusy(), 60000);
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.last().contains(QLatin1String("changed outside")),
             qPrintable(refusals.last()));
    QVERIFY(storedTaxonomy(path) == changedElsewhere);
  }

private:
  QString copyOfSample(const QString &name)
  {
    const QString path = mDir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(mSample, path))
      qWarning("cannot copy the sample");
    return path;
  }

  QTemporaryDir mDir;
  QString mSample;
};

RISKATLAS_UI_TEST_MAIN(TestTaxonomyEditor)
#include "test_taxonomyeditor.moc"
