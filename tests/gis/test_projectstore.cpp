#include "qgistestmain.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace riskatlas;

class TestProjectStore : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString path(const QString &name) const { return mDir.filePath(name); }

private slots:
  void newProjectHasEveryTableAndAnIntactAuditChain()
  {
    QString error;
    const QString file = path(QStringLiteral("new.gpkg"));
    {
      auto store = ProjectStore::create(file, QStringLiteral("示例市"), QStringLiteral("EPSG:4549"),
                                        false, &error);
      QVERIFY2(store, qPrintable(error));
    }
    // Read back with plain GDAL, as any GIS would.
    GDALDatasetUniquePtr dataset(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(dataset);
    for (const char *table : {"units", "regions", "ra_metadata", "ra_audit_log", "ra_method_sets",
                              "ra_runs", "ra_taxonomy"})
      QVERIFY2(dataset->GetLayerByName(table), table);
    QCOMPARE(dataset->GetLayerByName("ra_taxonomy")->GetFeatureCount(), 40);
    OGRLayer *units = dataset->GetLayerByName("units");
    QCOMPARE(QString::fromUtf8(units->GetSpatialRef()->GetAuthorityCode(nullptr)),
             QStringLiteral("4549"));
    QCOMPARE(wkbFlatten(units->GetGeomType()), wkbPoint);
    dataset.reset();

    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), ProjectSchema::CurrentVersion);
    QCOMPARE(store->projectName(), QStringLiteral("示例市"));
    QCOMPARE(store->crsAuthId(), QStringLiteral("EPSG:4549"));
    QCOMPARE(store->methodSet().hash(), MethodSet::defaultSet().hash());
    const QList<AuditEntry> log = store->auditLog();
    QVERIFY(log.size() >= 3);
    QCOMPARE(log.first().action, QStringLiteral("new"));
    QCOMPARE(log.first().user, operatingSystemUser());
    QCOMPARE(firstBrokenAuditEntry(log), -1);
  }

  void existingFileIsRefusedWithoutOverwrite()
  {
    QString error;
    const QString file = path(QStringLiteral("exists.gpkg"));
    QVERIFY(ProjectStore::create(file, QString(), QString(), false, &error));
    QVERIFY(!ProjectStore::create(file, QString(), QString(), false, &error));
    QVERIFY2(error.contains(QStringLiteral("--overwrite")), qPrintable(error));
    auto replaced = ProjectStore::create(file, QStringLiteral("B"), QString(), true, &error);
    QVERIFY2(replaced, qPrintable(error));
    QCOMPARE(replaced->projectName(), QStringLiteral("B"));
  }

  void emptyGeoPackageIsMigratedFromVersionZero()
  {
    const QString file = path(QStringLiteral("empty.gpkg"));
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
      GDALDatasetUniquePtr dataset(
          driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
      QVERIFY(dataset);
    }
    QString error;
    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), ProjectSchema::CurrentVersion);
    const QList<AuditEntry> log = store->auditLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("migrate"));
    QCOMPARE(log.first().oldValue, QStringLiteral("0"));
    QCOMPARE(log.first().newValue, QString::number(ProjectSchema::CurrentVersion));
    QVERIFY(!store->hasSpatialLayers());
  }

  void versionOneProjectIsMigrated()
  {
    QString error;
    const QString file = path(QStringLiteral("v1.gpkg"));
    {
      auto store =
          ProjectStore::create(file, QString(), QStringLiteral("EPSG:4549"), false, &error);
      QVERIFY2(store, qPrintable(error));
      // Rebuild the version 1 layout: units without method_version and grade.
      QVERIFY(executeSql(store->dataset(),
                         QStringLiteral("ALTER TABLE units DROP COLUMN method_version"), &error));
      QVERIFY(executeSql(store->dataset(), QStringLiteral("ALTER TABLE units DROP COLUMN grade"),
                         &error));
      QVERIFY(store->beginTransaction(&error));
      QVERIFY(store->setMetadata(ProjectSchema::schemaVersionKey(), QStringLiteral("1"), &error));
      QVERIFY(store->commit(&error));
    }
    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), ProjectSchema::CurrentVersion);
    OGRFeatureDefn *units = store->unitsLayer()->GetLayerDefn();
    QVERIFY(units->GetFieldIndex("method_version") >= 0);
    QVERIFY(units->GetFieldIndex("grade") >= 0);
    const AuditEntry last = store->auditLog().last();
    QCOMPARE(last.action, QStringLiteral("migrate"));
    QCOMPARE(last.oldValue, QStringLiteral("1"));
    QCOMPARE(last.newValue, QString::number(ProjectSchema::CurrentVersion));
    QCOMPARE(firstBrokenAuditEntry(store->auditLog()), -1);
  }

  void taxonomyEditsKeepUnitsConsistent()
  {
    QString error;
    auto store = ProjectStore::create(path(QStringLiteral("taxonomy.gpkg")), QString(),
                                      QStringLiteral("EPSG:4549"), false, &error);
    QVERIFY(executeSql(
        store->dataset(),
        QStringLiteral(
            "INSERT INTO units(unit_id, sector, category) VALUES ('U1', 'I05', 'industrial')"),
        &error));
    QJsonObject json = Taxonomy::defaultTaxonomy().toJson();
    QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    QJsonObject industrial = categories.at(0).toObject();
    QJsonArray sectors = industrial.value(QStringLiteral("sectors")).toArray();
    sectors.removeAt(4); // I05 民用爆炸物品
    industrial.insert(QStringLiteral("sectors"), sectors);
    categories.replace(0, industrial);
    json.insert(QStringLiteral("categories"), categories);
    Taxonomy withoutI05;
    QVERIFY(Taxonomy::fromJson(json, withoutI05, &error));
    QVERIFY(store->beginTransaction(&error));
    QVERIFY(!store->setTaxonomy(withoutI05, &error));
    store->rollback();
    QVERIFY2(error.contains(QStringLiteral("I05 (1 unit)")), qPrintable(error));

    // Regroup I05 under crowded places and rename it: the unit follows.
    QJsonObject crowded = categories.at(1).toObject();
    QJsonArray crowdedSectors = crowded.value(QStringLiteral("sectors")).toArray();
    crowdedSectors.append(
        QJsonObject{{QStringLiteral("code"), QStringLiteral("I05")},
                    {QStringLiteral("name_zh"), QStringLiteral("爆炸物品仓库")},
                    {QStringLiteral("name_en"), QStringLiteral("explosives stores")}});
    crowded.insert(QStringLiteral("sectors"), crowdedSectors);
    categories.replace(1, crowded);
    json.insert(QStringLiteral("categories"), categories);
    Taxonomy regrouped;
    QVERIFY(Taxonomy::fromJson(json, regrouped, &error));
    QVERIFY(store->beginTransaction(&error));
    QVERIFY2(store->setTaxonomy(regrouped, &error), qPrintable(error));
    QVERIFY(store->commit(&error));
    QCOMPARE(store->taxonomy().findSector(QStringLiteral("I05"))->categoryCode,
             QStringLiteral("crowded"));
    QCOMPARE(querySingleValue(store->dataset(),
                              QStringLiteral("SELECT category || sector_name FROM units")),
             QStringLiteral("crowded爆炸物品仓库"));
  }

  void newerSchemaIsRefused()
  {
    QString error;
    const QString file = path(QStringLiteral("future.gpkg"));
    {
      auto store = ProjectStore::create(file, QString(), QString(), false, &error);
      QVERIFY(store->beginTransaction(&error));
      QVERIFY(store->setMetadata(ProjectSchema::schemaVersionKey(), QStringLiteral("99"), &error));
      QVERIFY(store->commit(&error));
    }
    QVERIFY(!ProjectStore::open(file, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
  }

  void auditLogIsAppendOnly()
  {
    QString error;
    auto store = ProjectStore::create(path(QStringLiteral("audit.gpkg")), QString(), QString(),
                                      false, &error);
    QVERIFY(!executeSql(store->dataset(), QStringLiteral("UPDATE ra_audit_log SET user = 'x'"),
                        &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QVERIFY(!executeSql(store->dataset(), QStringLiteral("DELETE FROM ra_audit_log"), &error));
    QCOMPARE(firstBrokenAuditEntry(store->auditLog()), -1);
  }

  void rolledBackChangesLeaveNoTrace()
  {
    QString error;
    const QString file = path(QStringLiteral("rollback.gpkg"));
    {
      auto store = ProjectStore::create(file, QStringLiteral("A"), QString(), false, &error);
      QVERIFY(store->beginTransaction(&error));
      QVERIFY(store->setMetadata(ProjectSchema::projectNameKey(), QStringLiteral("B"), &error));
      // destroyed with the transaction open: rolled back
    }
    auto store = ProjectStore::open(file, &error);
    QCOMPARE(store->projectName(), QStringLiteral("A"));
  }

  void notAGeoPackageIsAClearError()
  {
    const QString file = test::writeFile(path(QStringLiteral("text.gpkg")), "hello");
    QString error;
    QVERIFY(!ProjectStore::open(file, &error));
    QVERIFY2(error.startsWith(file), qPrintable(error));
    QVERIFY(!ProjectStore::open(path(QStringLiteral("missing.gpkg")), &error));
    QVERIFY2(error.contains(QStringLiteral("no such project file")), qPrintable(error));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestProjectStore)
#include "test_projectstore.moc"
