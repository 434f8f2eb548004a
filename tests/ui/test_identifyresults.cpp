// The workbench's Identify Results: a unit's fields by their names and its codes by name, in the
// window's language (the layers' aliases and value maps, issue 17 item 4).

#include "identifytool.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "workflow/projectview.h"

#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

class TestIdentifyResults : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  std::unique_ptr<ProjectView> mView;

  //! The value shown for the row labelled \a label under the first result.
  static QString shownValue(const IdentifyResultsView &view, const QString &label)
  {
    const QTreeWidgetItem *unit = view.topLevelItem(0);
    for (int row = 0; unit && row < unit->childCount(); ++row)
      if (unit->child(row)->text(0) == label)
        return unit->child(row)->text(1);
    return QStringLiteral("(no row %1)").arg(label);
  }

  QList<QgsMapToolIdentify::IdentifyResult> majorUnit() const
  {
    QgsVectorLayer *units = mView->unitsLayer();
    QgsFeature unit;
    units->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("level = 'major'")))
        .nextFeature(unit);
    return {QgsMapToolIdentify::IdentifyResult(units, unit, {})};
  }

private slots:
  void initTestCase()
  {
    const QString path = mDir.filePath(QStringLiteral("示例市.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    Problem problem;
    mView = ProjectView::open(path, &problem);
    QVERIFY2(mView, qPrintable(problem.message()));
  }

  void cleanupTestCase() { mView.reset(); }

  void unitReadsInChinese()
  {
    mView->setLanguage(QStringLiteral("zh"));
    IdentifyResultsView view;
    view.showResults(majorUnit());
    QCOMPARE(shownValue(view, QStringLiteral("风险等级")), QStringLiteral("重大风险"));
    QVERIFY(!shownValue(view, QStringLiteral("单位名称")).startsWith(QLatin1Char('(')));
    QVERIFY(shownValue(view, QStringLiteral("行业类别")) != QLatin1String("industrial"));
  }

  void unitReadsInEnglish()
  {
    mView->setLanguage(QStringLiteral("en"));
    IdentifyResultsView view;
    view.showResults(majorUnit());
    QCOMPARE(shownValue(view, QStringLiteral("Risk level")), QStringLiteral("Major risk"));
    QVERIFY(!shownValue(view, QStringLiteral("Unit name")).startsWith(QLatin1Char('(')));
  }
};

RISKATLAS_UI_TEST_MAIN(TestIdentifyResults)
#include "test_identifyresults.moc"
