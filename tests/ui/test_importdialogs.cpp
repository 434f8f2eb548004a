// The import dialogs: files as a city sends them are read as the import will read them, the
// analyst fixes the field mapping in the dialog, the import runs with the dialog's options, and
// a failed import lists every problem, savable as CSV.

#include "griddialog.h"
#include "language.h"
#include "problemhint.h"
#include "problemtabledialog.h"
#include "regionimportdialog.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "unitimportdialog.h"
#include "workflow/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextCodec>
#include <QTranslator>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsfilewidget.h>

using namespace riskatlas;

namespace
{
int unitCount(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->summary().units : -1;
}

Taxonomy projectTaxonomy(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->taxonomy() : Taxonomy();
}

//! A project with the sample districts and no units.
bool makeDistrictsOnlyProject(const QString &path)
{
  Problem problem;
  auto session = ProjectSession::create(path, QStringLiteral("示例市"), QString(), true, &problem);
  return session &&
         session->importRegions(test::sampleFile(QStringLiteral("districts.geojson")), {}, nullptr)
             .ok;
}

QByteArray sampleUnits()
{
  QFile file(test::sampleFile(QStringLiteral("units.csv")));
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QComboBox *columnCombo(QDialog &dialog, const QString &target)
{
  return dialog.findChild<QComboBox *>(QStringLiteral("column_") + target);
}

//! The column of the preview table whose header is \a header.
int previewColumn(QTableWidget *table, const QString &header)
{
  for (int column = 0; column < table->columnCount(); ++column)
  {
    if (table->horizontalHeaderItem(column)->text() == header)
      return column;
  }
  return -1;
}

bool isMarked(QTableWidgetItem *item)
{
  return item && item->background().style() != Qt::NoBrush;
}
} // namespace

class TestImportDialogs : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    // The dialogs remember choices: start from none, and give the user's back at the end.
    QSettings settings;
    for (const QString &group : dialogGroups())
    {
      settings.beginGroup(group);
      for (const QString &key : settings.allKeys())
        mSaved.insert(group + QLatin1Char('/') + key, settings.value(key));
      settings.endGroup();
      settings.remove(group);
    }
  }

  void cleanupTestCase()
  {
    QSettings settings;
    for (const QString &group : dialogGroups())
      settings.remove(group);
    for (auto it = mSaved.cbegin(); it != mSaved.cend(); ++it)
      settings.setValue(it.key(), it.value());
  }

  void unitDialogShowsRecognisedFieldsAndRowsAsRead()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(project, false));
    const Taxonomy taxonomy = projectTaxonomy(project);
    UnitImportDialog dialog(project, taxonomy);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());

    dialog.setFile(test::sampleFile(QStringLiteral("units.csv")));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(columnCombo(dialog, QStringLiteral("id"))->currentText(), QStringLiteral("编号"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("sector"))->currentText(),
             QStringLiteral("行业领域"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("longitude"))->currentText(),
             QStringLiteral("经度"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("likelihood"))->currentText(),
             QStringLiteral("可能性"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("control"))->currentText(),
             QStringLiteral("管控水平"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("wkt"))->currentIndex(), 0); // (none)

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), ImportPreview::DefaultRows);
    const int id = previewColumn(table, QStringLiteral("Unit id"));
    const int sector = previewColumn(table, QStringLiteral("Sector"));
    const int position = previewColumn(table, QStringLiteral("Longitude, latitude"));
    QVERIFY(id >= 0 && sector >= 0 && position >= 0);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("row 2"));
    QCOMPARE(table->item(0, id)->text(), QStringLiteral("RU0001"));
    const Sector *i01 = taxonomy.findSector(QStringLiteral("I01"));
    QVERIFY(i01);
    QCOMPARE(table->item(0, sector)->text(), QStringLiteral("I01 ") + i01->nameEn);
    // Written as a Chinese name in the file, resolved to its code.
    QCOMPARE(table->item(3, sector)->text(), QStringLiteral("I01 ") + i01->nameEn);
    QCOMPARE(table->item(0, position)->text(), QStringLiteral("120.246265, 30.350567"));
    for (int row = 0; row < table->rowCount(); ++row)
      QVERIFY2(!isMarked(table->item(row, 0)), qPrintable(table->item(row, 0)->text()));
    QVERIFY(dialog.preview().ok());
    QCOMPARE(dialog.preview().featureCount, 360);
    QCOMPARE(dialog.options().fieldMap.value(QStringLiteral("id")), QStringLiteral("编号"));
  }

  void renamedIdChosenInTheDialogImportsEveryRow()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(makeDistrictsOnlyProject(project));
    QByteArray csv = sampleUnits();
    csv.replace(QByteArray("编号,"), QByteArray("编码X,"));
    const QString file = test::writeFile(dir.filePath(QStringLiteral("units-renamed.csv")), csv);

    UnitImportDialog dialog(project, projectTaxonomy(project));
    dialog.setFile(file);
    QComboBox *id = columnCombo(dialog, QStringLiteral("id"));
    QCOMPARE(id->currentIndex(), 0);
    QVERIFY(!dialog.preview().ok());
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("choose its column in the field table")),
             qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("--")), qPrintable(status));

    // Without a column for the id the import refuses the file, in the workbench's words.
    {
      auto session = ProjectSession::open(project, nullptr);
      QVERIFY(session);
      const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
      QVERIFY(!outcome.ok);
      ProblemTableDialog problems(QStringLiteral("Import failed"), outcome.problems);
      auto *table = problems.findChild<QTableWidget *>(QStringLiteral("problemTable"));
      QCOMPARE(table->rowCount(), 1);
      QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("field table")));
    }

    id->setCurrentIndex(id->findText(QStringLiteral("编码X"))); // as the analyst would
    QCOMPARE(id->currentText(), QStringLiteral("编码X"));
    QVERIFY(dialog.preview().ok());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->item(0, previewColumn(table, QStringLiteral("Unit id")))->text(),
             QStringLiteral("RU0001"));
    // The other recognised fields stay as they were.
    QCOMPARE(columnCombo(dialog, QStringLiteral("sector"))->currentText(),
             QStringLiteral("行业领域"));

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 360);
    session.reset();
    QCOMPARE(unitCount(project), 360);
  }

  void twoColumnsForOneFieldAskTheAnalystToChoose()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(makeDistrictsOnlyProject(project));
    const QString file = test::writeFile(dir.filePath(QStringLiteral("two.csv")),
                                         QByteArray("编号,行业领域,经度,纬度,lon\n"
                                                    "A1,I01,120.1,30.3,0\n"));
    UnitImportDialog dialog(project, projectTaxonomy(project));
    dialog.setFile(file);
    QComboBox *longitude = columnCombo(dialog, QStringLiteral("longitude"));
    QCOMPARE(longitude->currentIndex(), 0);
    QVERIFY(!dialog.preview().ok());
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("both look like the field")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("--")), qPrintable(status));
    longitude->setCurrentIndex(longitude->findText(QStringLiteral("经度")));
    QVERIFY(dialog.preview().ok());
    QCOMPARE(dialog.options().fieldMap.value(QStringLiteral("longitude")), QStringLiteral("经度"));

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 1);
  }

  void encodingChosenInTheDialogDecidesHowTextIsRead()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(makeDistrictsOnlyProject(project));
    const QString text = QStringLiteral("编号,单位名称,行业领域,经度,纬度\n"
                                        "G1,青山区化工厂,危险化学品生产,120.1,30.3\n");
    const QString file = test::writeFile(dir.filePath(QStringLiteral("gbk.csv")),
                                         QTextCodec::codecForName("GB18030")->fromUnicode(text));
    UnitImportDialog dialog(project, projectTaxonomy(project));
    dialog.setFile(file);
    QVERIFY(dialog.preview().ok());
    QCOMPARE(dialog.preview().encoding, QByteArray("GB18030"));
    QCOMPARE(dialog.preview().rows.value(0).name, QStringLiteral("青山区化工厂"));

    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encoding"));
    encoding->setCurrentIndex(encoding->findData(QByteArray("UTF-8")));
    QVERIFY(!dialog.preview().ok());
    QCOMPARE(dialog.preview().problems.value(0).kind, ProblemKind::EncodingMismatch);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("choose the file's encoding")), qPrintable(status));
    QCOMPARE(dialog.options().encoding, QByteArray("UTF-8"));
    encoding->setCurrentIndex(encoding->findData(QByteArray("GBK")));
    QVERIFY(dialog.preview().ok());
    QCOMPARE(dialog.preview().rows.value(0).sector.code, QStringLiteral("I01"));
  }

  void headerRowOfASpreadsheetWithATitle()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(makeDistrictsOnlyProject(project));
    // Row 1: a title; row 2: the header; rows 3…: units (GDAL's XLSX driver writes the field
    // names as row 1).
    const QString path = dir.filePath(QStringLiteral("清单.xlsx"));
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
      GDALDatasetUniquePtr dataset(
          driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
      OGRLayer *sheet = dataset->CreateLayer("Sheet1", nullptr, wkbNone, nullptr);
      for (const char *name : {"示例市风险单元清单", "b", "c", "d", "e"})
      {
        OGRFieldDefn field(name, OFTString);
        sheet->CreateField(&field);
      }
      const QList<QStringList> rows{
          {"编号", "单位名称", "行业领域", "经度", "纬度"},
          {"0001", "望湖区第三中学", "C06", "120.21", "30.26"},
          {"0002", "白塔区人民医院", "医院", "120°12'36\"", "30°15'36\""}};
      for (const QStringList &values : rows)
      {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(sheet->GetLayerDefn()));
        for (int i = 0; i < values.size(); ++i)
          feature->SetField(i, values.at(i).toUtf8().constData());
        QCOMPARE(sheet->CreateFeature(feature.get()), OGRERR_NONE);
      }
    }
    UnitImportDialog dialog(project, projectTaxonomy(project));
    dialog.setFile(path);
    QCOMPARE(columnCombo(dialog, QStringLiteral("id"))->currentIndex(), 0);
    QVERIFY(!dialog.preview().ok());
    dialog.findChild<QSpinBox *>(QStringLiteral("headerRow"))->setValue(2);
    QCOMPARE(columnCombo(dialog, QStringLiteral("id"))->currentText(), QStringLiteral("编号"));
    QVERIFY(dialog.preview().ok());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("row 4"));
    QCOMPARE(table->item(1, previewColumn(table, QStringLiteral("Unit id")))->text(),
             QStringLiteral("0002"));
    // 120°12'36" = 120.21°, 30°15'36" = 30.26°; 医院 is the sector C07's Chinese name.
    QCOMPARE(table->item(1, previewColumn(table, QStringLiteral("Longitude, latitude")))->text(),
             QStringLiteral("120.21, 30.26"));
    QVERIFY(table->item(1, previewColumn(table, QStringLiteral("Sector")))
                ->text()
                .startsWith(QStringLiteral("C07 ")));
    QCOMPARE(dialog.options().headerRow, 2);

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 2);
  }

  void previewReadsAFileAgainWhenItChanges()
  {
    QTemporaryDir dir;
    const QString file =
        test::writeFile(dir.filePath(QStringLiteral("units.csv")),
                        QByteArray("编号,行业领域,经度,纬度\nA1,I01,120.1,30.3\n"));
    ImportPreview reader;
    QCOMPARE(reader.units(file, {}, Taxonomy::defaultTaxonomy()).rows.size(), 1);
    // The analyst fixes the file in a spreadsheet while the dialog is open.
    test::writeFile(file, QByteArray("编号,行业领域,经度,纬度\nA1,I01,120.1,30.3\n"
                                     "A2,I02,120.2,30.4\n"));
    const UnitPreview preview = reader.units(file, {}, Taxonomy::defaultTaxonomy());
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.featureCount, 2);
  }

  void failedImportListsEveryProblemAndSavesThem()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(project, false));
    const QString file =
        test::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                        QByteArray("编号,单位名称,行业领域,经度,纬度,可能性,严重性\n"
                                   "X1,好单位,I01,120.1,30.3,2,3\n"
                                   "X2,坏行业,不存在的行业,120.1,30.3,2,3\n"
                                   "X3,坏经度,I01,abc,30.3,2,3\n"));

    UnitImportDialog dialog(project, projectTaxonomy(project));
    dialog.setFile(file);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 3);
    const int sector = previewColumn(preview, QStringLiteral("Sector"));
    const int position = previewColumn(preview, QStringLiteral("Longitude, latitude"));
    QVERIFY(!isMarked(preview->item(0, sector)));
    QVERIFY(isMarked(preview->item(1, sector)));
    QCOMPARE(preview->item(1, sector)->text(), QStringLiteral("不存在的行业"));
    QVERIFY(preview->item(1, sector)->toolTip().contains(QStringLiteral("not a sector code")));
    QVERIFY(isMarked(preview->item(2, position)));
    QVERIFY(preview->item(2, position)->toolTip().contains(QStringLiteral("not a number")));

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
    session.reset();
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 2);
    QCOMPARE(unitCount(project), 360);

    ProblemTableDialog problems(QStringLiteral("Import failed"), outcome.problems);
    QCOMPARE(problems.findChild<QLabel *>(QStringLiteral("summary"))->text(),
             QStringLiteral("2 problems; nothing was imported"));
    auto *table = problems.findChild<QTableWidget *>(QStringLiteral("problemTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("bad.csv"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("row 3"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("X2"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("行业领域"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("不存在的行业"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("row 4"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("经度"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("abc"));
    table->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("row 4"));

    const QString saved = dir.filePath(QStringLiteral("problems.csv"));
    QString error;
    QVERIFY2(problems.saveCsv(saved, &error), qPrintable(error));
    QFile csv(saved);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).trimmed(), QStringLiteral("file,row,id,field,value,reason"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("bad.csv,row 3,X2,行业领域,不存在的行业,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("bad.csv,row 4,X3,经度,abc,")),
             qPrintable(lines.at(2)));
  }

  void layerOfAGeoPackageIsChosenAndReadInItsCrs()
  {
    QTemporaryDir dir;
    // Another project's units layer: a GeoPackage of several layers, in a projected CRS.
    const QString source = dir.filePath(QStringLiteral("other.gpkg"));
    QVERIFY(test::makeSampleProject(source, false));
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(makeDistrictsOnlyProject(project));

    UnitImportDialog dialog(project, projectTaxonomy(project));
    auto *layer = dialog.findChild<QComboBox *>(QStringLiteral("layer"));
    QVERIFY(layer->isHidden());
    dialog.setFile(source);
    QVERIFY(!layer->isHidden());
    QVERIFY(layer->count() > 1);
    layer->setCurrentIndex(layer->findText(QStringLiteral("regions")));
    QVERIFY(!dialog.preview().ok()); // regions have no sector
    layer->setCurrentIndex(layer->findText(QStringLiteral("units")));
    QCOMPARE(dialog.options().layerName, QStringLiteral("units"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("id"))->currentText(), QStringLiteral("unit_id"));
    QVERIFY2(dialog.preview().ok(),
             qPrintable(problemMessages(dialog.preview().problems).join(QLatin1Char('\n'))));
    QVERIFY(dialog.preview().hasGeometry);
    QCOMPARE(dialog.preview().sourceCrs, QStringLiteral("EPSG:4549"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    const int position = previewColumn(table, QStringLiteral("X, Y"));
    QVERIFY(position >= 0);
    const double x = table->item(0, position)->text().section(QLatin1Char(','), 0, 0).toDouble();
    QVERIFY2(x > 490000 && x < 541000, qPrintable(table->item(0, position)->text()));

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importUnits(dialog.file(), dialog.options(), nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 360);
  }

  void regionDialogRecognisesTheFields()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    Problem problem;
    QVERIFY(ProjectSession::create(project, QStringLiteral("示例市"), QString(), true, &problem));
    RegionImportDialog dialog(project);
    dialog.setFile(test::sampleFile(QStringLiteral("districts.geojson")));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("nameField"))->currentText(),
             QStringLiteral("区县名称"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("idField"))->currentText(),
             QStringLiteral("区划代码"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("parentField"))->currentIndex(), 0);
    const RegionImportOptions options = dialog.options();
    QCOMPARE(options.nameField, QStringLiteral("区县名称"));
    QCOMPARE(options.idField, QStringLiteral("区划代码"));
    QVERIFY(options.parentField.isEmpty());
    QCOMPARE(options.kind, RegionKind::District);
    QCOMPARE(dialog.preview().featureCount, 12);
    QVERIFY(!dialog.preview().crs.isEmpty());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 12);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("330101"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("临江区"));

    // Streets: codes from the kind; the name field chosen by the analyst.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(RegionKind::Street)));
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("nameField"));
    name->setCurrentIndex(name->findText(QStringLiteral("name_en")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Linjiang"));
    QCOMPARE(dialog.options().kind, RegionKind::Street);

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importRegions(dialog.file(), dialog.options(), nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 12);
  }

  void regionDialogMarksTheFeaturesTheImportRefuses()
  {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("city.gpkg"));
    Problem problem;
    QVERIFY(ProjectSession::create(project, QStringLiteral("示例市"), QString(), true, &problem));
    const QByteArray square = "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[120,30],"
                              "[120.1,30],[120.1,30.1],[120,30.1],[120,30]]]}}";
    const QString file = test::writeFile(
        dir.filePath(QStringLiteral("streets.geojson")),
        "{\"type\":\"FeatureCollection\",\"features\":["
        "{\"type\":\"Feature\",\"properties\":{\"街道名称\":\"东街\",\"编码\":\"1\"}," +
            square +
            ","
            "{\"type\":\"Feature\",\"properties\":{\"街道名称\":\"\",\"编码\":\"2\"}," +
            square +
            ","
            "{\"type\":\"Feature\",\"properties\":{\"街道名称\":\"西街\",\"编码\":\"1\"}," +
            square + "]}");
    RegionImportDialog dialog(project);
    dialog.setFile(file);
    QCOMPARE(dialog.options().nameField, QStringLiteral("街道名称"));
    QCOMPARE(dialog.options().idField, QStringLiteral("编码"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!isMarked(table->item(0, 0)));
    QVERIFY(isMarked(table->item(1, 2)));
    QVERIFY(table->item(1, 2)->toolTip().contains(QStringLiteral("every region needs a name")));
    QVERIFY(isMarked(table->item(2, 1)));
    QVERIFY(table->item(2, 1)->toolTip().contains(QStringLiteral("the code appears twice")));

    auto session = ProjectSession::open(project, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome = session->importRegions(dialog.file(), dialog.options(), nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 2);
    ProblemTableDialog problems(QStringLiteral("Import failed"), outcome.problems);
    auto *list = problems.findChild<QTableWidget *>(QStringLiteral("problemTable"));
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("街道名称"));
    QCOMPARE(list->item(1, 3)->text(), QStringLiteral("编码"));
    QCOMPARE(list->item(1, 4)->text(), QStringLiteral("1"));
  }

  void problemHintsNameTheDialogsControls()
  {
    auto problem = [](ProblemKind kind, const QString &setting = QString())
    {
      Problem p = Problem::fileProblem(kind, QStringLiteral("units.csv"),
                                       QStringLiteral("units.csv: something is wrong"));
      p.setting = setting;
      p.value = QStringLiteral("X");
      p.allowed = QStringLiteral("a, b");
      p.count = QStringLiteral("2");
      return p;
    };
    const QList<Problem> problems{
        problem(ProblemKind::FileExists),
        problem(ProblemKind::SettingNoSuchField, QStringLiteral("name-field")),
        problem(ProblemKind::SettingInvalid, QStringLiteral("encoding")),
        problem(ProblemKind::SettingInvalid, QStringLiteral("source-crs")),
        problem(ProblemKind::RegionNameUnrecognised),
        problem(ProblemKind::UnitFieldUnrecognised),
        problem(ProblemKind::PositionUnrecognised),
        problem(ProblemKind::SourceCrsUnknown),
        problem(ProblemKind::EncodingMismatch),
        problem(ProblemKind::HeaderRowBeyondEnd, QStringLiteral("header-row")),
        problem(ProblemKind::LayerNotChosen, QStringLiteral("layer")),
        problem(ProblemKind::DatumNeedsLonLat, QStringLiteral("coordinates")),
        problem(ProblemKind::GridTooFine),
        problem(ProblemKind::OutsideChina),
        problem(ProblemKind::CoordinateOutOfRange),
    };
    for (const Problem &p : problems)
    {
      const QString message = ProblemHint::message(p);
      QVERIFY2(!message.contains(QStringLiteral("--")), qPrintable(message));
      QVERIFY2(message.contains(QStringLiteral("choose")) ||
                   message.contains(QStringLiteral("set it")),
               qPrintable(message));
    }
    QVERIFY(ProblemHint::message(problems.at(1)).contains(QStringLiteral("\"Name field\"")));
    QVERIFY(ProblemHint::message(problems.at(8))
                .contains(QStringLiteral("choose the file's encoding")));
    QVERIFY(ProblemHint::message(problems.at(7)).contains(QStringLiteral("choose the source CRS")));
    QVERIFY(ProblemHint::message(problems.at(10)).contains(QStringLiteral("\"Layer\" (a, b)")));
  }

  void gridDialogGivesTheChosenGrid()
  {
    GridDialog dialog;
    QCOMPARE(dialog.options().cellSize, 1000.0);
    QCOMPARE(dialog.options().shape, GridOptions::Shape::Square);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("cellSize"))->setValue(500);
    auto *shape = dialog.findChild<QComboBox *>(QStringLiteral("shape"));
    shape->setCurrentIndex(shape->findData(static_cast<int>(GridOptions::Shape::Hexagon)));
    QCOMPARE(dialog.options().cellSize, 500.0);
    QCOMPARE(dialog.options().shape, GridOptions::Shape::Hexagon);
    dialog.accept();
    GridDialog again; // remembers the last choice
    QCOMPARE(again.options().cellSize, 500.0);
    QCOMPARE(again.options().shape, GridOptions::Shape::Hexagon);
  }

  //! Screenshots for looking at the dialogs (RISKATLAS_SCREENSHOTS=folder), in both languages.
  void screenshots()
  {
    // The dialogs are built, filled and drawn in both languages every run; the images are
    // kept in RISKATLAS_SCREENSHOTS when set (to look at), else in a scratch folder.
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOTS", scratch.path());
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(project, false));
    const QString bad =
        test::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                        QByteArray("编号,单位名称,行业领域,经度,纬度,可能性,严重性\n"
                                   "X1,好单位,I01,120.1,30.3,2,3\n"
                                   "X2,坏行业,不存在的行业,120.1,30.3,2,3\n"
                                   "X3,坏经度,I01,abc,30.3,2,3\n"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      QTranslator translator;
      if (language == QLatin1String("zh"))
      {
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
      }
      const Taxonomy taxonomy = projectTaxonomy(project);
      {
        UnitImportDialog dialog(project, taxonomy);
        dialog.resize(1340, 700);
        dialog.setFile(test::sampleFile(QStringLiteral("units.csv")));
        dialog.show();
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/units-%1.png").arg(language)));
        dialog.setFile(bad);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/units-bad-%1.png").arg(language)));
        auto session = ProjectSession::open(project, nullptr);
        const ImportOutcome outcome = session->importUnits(bad, dialog.options(), nullptr);
        ProblemTableDialog problems(QStringLiteral("Import failed"), outcome.problems);
        problems.show();
        QVERIFY(problems.grab().save(folder + QStringLiteral("/problems-%1.png").arg(language)));
      }
      {
        RegionImportDialog dialog(project);
        dialog.setFile(test::sampleFile(QStringLiteral("districts.geojson")));
        dialog.show();
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/regions-%1.png").arg(language)));
      }
      {
        GridDialog dialog;
        dialog.show();
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/grid-%1.png").arg(language)));
      }
      QCoreApplication::removeTranslator(&translator);
    }
  }

private:
  static QStringList dialogGroups()
  {
    return {QStringLiteral("UnitImportDialog"), QStringLiteral("RegionImportDialog"),
            QStringLiteral("GridDialog"), QStringLiteral("ProblemTableDialog")};
  }

  QVariantMap mSaved;
};

RISKATLAS_UI_TEST_MAIN(TestImportDialogs)
#include "test_importdialogs.moc"
