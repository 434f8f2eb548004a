// Units added on the map and deleted from it: a click with the add tool opens the dialog (next
// free ID suggested, sectors of the taxonomy), accepting it adds the unit as an undoable command
// run as a task on the document — in the layer the map shows, assessed; undo removes it, redo
// adds it back; selected units deleted with a reason and restored by undo; a stale undo refused
// with a clear message; the audit log keeps every step.

#include "auditlogmodel.h"
#include "language.h"
#include "preferences.h"
#include "projectdocument.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "unitaddcommand.h"
#include "unitadddialog.h"
#include "unitaddtool.h"
#include "unitdeletecommand.h"
#include "unitdeletedialog.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
QStringList actions(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  QStringList list;
  for (const AuditEntry &entry : session ? session->auditLog() : QList<AuditEntry>())
    list << entry.action;
  return list;
}

//! The unit \a unitId as the document's layer shows it (no feature: invalid).
QgsFeature shownUnit(ProjectDocument &document, const QString &unitId)
{
  QgsFeature feature;
  QgsVectorLayer *units = document.view()->unitsLayer();
  if (units)
    units
        ->getFeatures(
            QgsFeatureRequest().setFilterExpression(QStringLiteral("unit_id = '%1'").arg(unitId)))
        .nextFeature(feature);
  return feature;
}
} // namespace

class TestUnitsOnMap : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mPath;
  std::unique_ptr<ProjectDocument> mDocument;
  QStringList mRefusals;

private slots:
  void initTestCase()
  {
    mPath = mDir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(test::makeSampleProject(mPath));
    Preferences::setAnalystName(QStringLiteral("测绘员"));
    Problem problem;
    mDocument = ProjectDocument::open(mPath, &problem);
    QVERIFY2(mDocument, qPrintable(problem.message()));
  }

  void clickAddsAnUndoableUnit()
  {
    QgsVectorLayer *units = mDocument->view()->unitsLayer();
    QVERIFY(units);
    QgsMapCanvas canvas;
    canvas.resize(800, 600);
    canvas.setDestinationCrs(units->crs());
    canvas.setLayers({units, mDocument->view()->regionLayer(RegionKind::District)});
    canvas.show();
    canvas.setExtent(units->extent());
    UnitAddTool tool(&canvas, mDocument.get());
    canvas.setMapTool(&tool);
    QSignalSpy requests(&tool, &UnitAddTool::addRequested);

    // Click where RU0001 is (inside its district).
    const QgsFeature ru0001 = shownUnit(*mDocument, QStringLiteral("RU0001"));
    QVERIFY(ru0001.isValid());
    const QPoint clickAt = canvas.getCoordinateTransform()
                               ->transform(ru0001.geometry().asPoint())
                               .toQPointF()
                               .toPoint();
    QgsMapMouseEvent release(&canvas, QEvent::MouseButtonRelease, clickAt, Qt::LeftButton);
    tool.canvasReleaseEvent(&release);
    UnitAddDialog *dialog = tool.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->idEdit()->text(), QStringLiteral("RU0361"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // An ID in use is refused before anything is written.
    dialog->idEdit()->setText(QStringLiteral("RU0002"));
    QVERIFY(!ok->isEnabled());
    dialog->idEdit()->setText(QStringLiteral("RU0361"));
    QVERIFY(ok->isEnabled());
    dialog->nameEdit()->setText(QStringLiteral("新建化工厂"));
    dialog->sectorBox()->setCurrentIndex(dialog->sectorBox()->findData(QStringLiteral("I01")));
    QVERIFY(dialog->inputBox(QStringLiteral("likelihood")));
    auto choose = [dialog](const QString &field, const QString &value)
    {
      QComboBox *box = dialog->inputBox(field);
      box->setCurrentIndex(box->findData(value));
      return box->currentData().toString() == value;
    };
    QVERIFY(choose(QStringLiteral("likelihood"), QStringLiteral("4")));
    QVERIFY(choose(QStringLiteral("severity"), QStringLiteral("5")));
    QVERIFY(choose(QStringLiteral("control"), QStringLiteral("中")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(requests.size(), 1);
    const UnitCreation unit = requests.first().first().value<UnitCreation>();
    QCOMPARE(unit.unitId, QStringLiteral("RU0361"));
    QCOMPARE(unit.sector, QStringLiteral("I01"));
    const QgsPointXY clicked = canvas.getCoordinateTransform()->toMapCoordinates(clickAt);
    const QgsPointXY position = QgsGeometry::fromWkt(unit.position).asPoint();
    QVERIFY(qgsDoubleNear(position.x(), clicked.x(), 1e-6) &&
            qgsDoubleNear(position.y(), clicked.y(), 1e-6));

    QSignalSpy completed(mDocument.get(), &ProjectDocument::taskCompleted);
    QSignalSpy changed(mDocument.get(), &ProjectDocument::changed);
    auto *command = new UnitAddCommand(
        mDocument.get(), unit, [this](const Problem &problem) { mRefusals << problem.message(); });
    mDocument->undoStack()->push(command);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
    QCOMPARE(changed.size(), 1);
    QgsFeature shown = shownUnit(*mDocument, QStringLiteral("RU0361"));
    QVERIFY(shown.isValid());
    QCOMPARE(shown.attribute(QStringLiteral("level")).toString(), QStringLiteral("major"));
    QCOMPARE(shown.attribute(QStringLiteral("name")).toString(), QStringLiteral("新建化工厂"));
    QCOMPARE(mDocument->undoStack()->text(0), QStringLiteral("Add unit RU0361"));

    mDocument->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 2, 60000);
    QVERIFY(!shownUnit(*mDocument, QStringLiteral("RU0361")).isValid());
    mDocument->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 3, 60000);
    shown = shownUnit(*mDocument, QStringLiteral("RU0361"));
    QVERIFY(shown.isValid());
    QCOMPARE(shown.attribute(QStringLiteral("level")).toString(), QStringLiteral("major"));
    QVERIFY(mRefusals.isEmpty());
    const QStringList log = actions(mPath);
    QCOMPARE(log.mid(log.size() - 3),
             (QStringList{QStringLiteral("add-unit"), QStringLiteral("undo-add-unit"),
                          QStringLiteral("add-unit")}));
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    QCOMPARE(session->auditLog().last().user, QStringLiteral("测绘员"));
    // The history shows the added unit in brief, newest first.
    AuditLogModel history;
    history.setEntries(session->auditLog());
    QCOMPARE(history.index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Unit added"));
    QCOMPARE(history.index(0, AuditLogModel::ChangeColumn).data().toString(),
             QStringLiteral("— → RU0361 · 新建化工厂 · I01 · major"));
    QCOMPARE(history.index(1, AuditLogModel::ChangeColumn).data().toString(),
             QStringLiteral("RU0361 · 新建化工厂 · I01 · major → —"));
  }

  void selectedUnitsDeletedWithAReasonAndRestored()
  {
    QgsVectorLayer *units = mDocument->view()->unitsLayer();
    const QgsFeature a = shownUnit(*mDocument, QStringLiteral("RU0361"));
    const QgsFeature b = shownUnit(*mDocument, QStringLiteral("RU0002"));
    QVERIFY(a.isValid() && b.isValid());
    units->selectByIds({a.id(), b.id()});
    QList<qint64> fids;
    QStringList labels;
    QStringList ids;
    for (const QgsFeature &feature : units->selectedFeatures())
    {
      fids << feature.id();
      ids << feature.attribute(QStringLiteral("unit_id")).toString();
      labels << QStringLiteral("%1 %2").arg(ids.last(),
                                            feature.attribute(QStringLiteral("name")).toString());
    }
    QCOMPARE(fids.size(), 2);
    UnitDeleteDialog dialog(labels);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a reason is required
    dialog.reasonEdit()->setText(QStringLiteral("企业已关闭"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), QStringLiteral("Delete 2 Units"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSignalSpy completed(mDocument.get(), &ProjectDocument::taskCompleted);
    mDocument->undoStack()->push(new UnitDeleteCommand(mDocument.get(), fids, ids, dialog.reason(),
                                                       [this](const Problem &problem)
                                                       { mRefusals << problem.message(); }));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
    QCOMPARE(mDocument->undoStack()->text(mDocument->undoStack()->count() - 1),
             QStringLiteral("Delete 2 units"));
    QVERIFY(!shownUnit(*mDocument, QStringLiteral("RU0361")).isValid());
    QVERIFY(!shownUnit(*mDocument, QStringLiteral("RU0002")).isValid());
    mDocument->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 2, 60000);
    const QgsFeature restored = shownUnit(*mDocument, QStringLiteral("RU0002"));
    QVERIFY(restored.isValid());
    QCOMPARE(restored.id(), b.id());
    QCOMPARE(restored.attributes(), b.attributes());
    QVERIFY(shownUnit(*mDocument, QStringLiteral("RU0361")).isValid());
    QStringList log = actions(mPath);
    QCOMPARE(log.mid(log.size() - 4),
             (QStringList{QStringLiteral("delete-unit"), QStringLiteral("delete-unit"),
                          QStringLiteral("restore-unit"), QStringLiteral("restore-unit")}));
    QVERIFY(mRefusals.isEmpty());
  }

  void staleUndoIsRefusedClearly()
  {
    const QgsFeature unit = shownUnit(*mDocument, QStringLiteral("RU0003"));
    QVERIFY(unit.isValid());
    QSignalSpy completed(mDocument.get(), &ProjectDocument::taskCompleted);
    mDocument->undoStack()->push(new UnitDeleteCommand(
        mDocument.get(), {unit.id()}, {QStringLiteral("RU0003")}, QStringLiteral("重复"),
        [this](const Problem &problem) { mRefusals << problem.message(); }));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
    // Someone else gives the ID to a new unit meanwhile.
    {
      auto session = ProjectSession::open(mPath, nullptr);
      UnitCreation other;
      other.unitId = QStringLiteral("RU0003");
      other.name = QStringLiteral("另一家");
      other.sector = QStringLiteral("I01");
      other.position = QgsGeometry(unit.geometry()).asWkt(17);
      Problem problem;
      QVERIFY2(session->addUnit(other, nullptr, &problem), qPrintable(problem.message()));
    }
    const int entries = actions(mPath).size();
    mDocument->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 2, 60000);
    QCOMPARE(mRefusals.size(), 1);
    QVERIFY2(mRefusals.first().startsWith(QStringLiteral("Cannot undo “Delete unit RU0003”")),
             qPrintable(mRefusals.first()));
    QVERIFY2(mRefusals.first().contains(QStringLiteral("used by another unit")),
             qPrintable(mRefusals.first()));
    QCOMPARE(actions(mPath).size(), entries); // nothing written
    // The redo finds the project already as it leads: nothing is done, nothing refused.
    mDocument->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 3, 60000);
    QCOMPARE(mRefusals.size(), 1);
    QCOMPARE(actions(mPath).size(), entries);
  }

  void dialogsLookRight()
  {
    // Written when RISKATLAS_SCREENSHOTS names a folder, to look at.
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOTS", scratch.path());
    QStringList used;
    for (int i = 1; i <= 360; ++i)
      used << QStringLiteral("RU%1").arg(i, 4, 10, QLatin1Char('0'));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      QTranslator translator;
      if (language == QLatin1String("zh"))
      {
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
      }
      {
        UnitAddDialog dialog(QStringLiteral("POINT (519248.723 3347843.961)"),
                             mDocument->taxonomy(), MethodSet::defaultSet(), used, language);
        dialog.show();
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("RU0361"));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/unit-add-%1.png").arg(language)));
        UnitDeleteDialog remove({QStringLiteral("RU0001 青山区昌盛化工有限公司"),
                                 QStringLiteral("RU0002 龙井区瑞丰化工有限公司")});
        remove.show();
        QVERIFY(remove.grab().save(folder + QStringLiteral("/unit-delete-%1.png").arg(language)));
      }
      QCoreApplication::removeTranslator(&translator);
    }
  }

  void nextFreeIdFollowsTheIds()
  {
    QCOMPARE(UnitAddDialog::nextFreeId({}), QStringLiteral("RU0001"));
    QCOMPARE(UnitAddDialog::nextFreeId(
                 {QStringLiteral("RU0009"), QStringLiteral("RU0010"), QStringLiteral("X7")}),
             QStringLiteral("RU0011"));
    QCOMPARE(UnitAddDialog::nextFreeId({QStringLiteral("A-99"), QStringLiteral("A-100")}),
             QStringLiteral("A-101"));
  }

  void cleanupTestCase() { mDocument.reset(); }
};

RISKATLAS_UI_TEST_MAIN(TestUnitsOnMap)
#include "test_unitsonmap.moc"
