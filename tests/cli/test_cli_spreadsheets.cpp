#include "clirunner.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <algorithm>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace riskatlas::test;

/**
 * Issue 14, spreadsheets: `export-units OUT.xlsx`, `export-units --language zh|en`, `report
 * OUT.xlsx`, the usage errors of unknown suffixes and regions in code order. Every workbook is
 * read back by openpyxl (tests/cli/xlsx_to_json.py), a reader that shares nothing with the
 * writer, and checked against the GeoPackage as GDAL reads it.
 */
class TestCliSpreadsheets : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;
  QString mPython;
  QJsonObject mSummary;
  //! unit_id → level key, score text and position, read from the project with GDAL.
  QMap<QString, QStringList> mUnits;

  QString path(const QString &name) const { return mDir.filePath(name); }

  //! The workbook as openpyxl reads it (see xlsx_to_json.py); fails the test when unreadable.
  QJsonObject readWorkbook(const QString &file)
  {
    const CliRun run = runProcess(
        mPython, {QDir(sourceDir()).filePath(QStringLiteral("tests/cli/xlsx_to_json.py")), file},
        defaultTimeoutMs());
    if (run.exitCode != 0)
      qWarning("openpyxl could not read %s: %s", qPrintable(file), qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
  }

  static QJsonObject sheet(const QJsonObject &workbook, int index)
  {
    return workbook.value(QStringLiteral("sheets")).toArray().at(index).toObject();
  }

  static QStringList titles(const QJsonObject &workbook)
  {
    QStringList list;
    for (const QJsonValue &value : workbook.value(QStringLiteral("sheets")).toArray())
      list << value.toObject().value(QStringLiteral("title")).toString();
    return list;
  }

  static QJsonArray rows(const QJsonObject &sheet)
  {
    return sheet.value(QStringLiteral("rows")).toArray();
  }

  //! The texts of one row.
  static QStringList texts(const QJsonArray &row)
  {
    QStringList list;
    for (const QJsonValue &cell : row)
      list << cell.toArray().at(0).toVariant().toString();
    return list;
  }

  static QJsonValue value(const QJsonArray &row, int column)
  {
    return row.at(column).toArray().at(0);
  }
  static QString type(const QJsonArray &row, int column)
  {
    return row.at(column).toArray().at(1).toString();
  }
  static QString fill(const QJsonArray &row, int column)
  {
    return row.at(column).toArray().at(2).toString();
  }

  //! The fill of a level cell by its name in either language (domain.md §3).
  static QString levelFill(const QString &name)
  {
    static const QMap<QString, QString> fills{
        {QStringLiteral("重大风险"), QStringLiteral("FF0000")},
        {QStringLiteral("较大风险"), QStringLiteral("FFA500")},
        {QStringLiteral("一般风险"), QStringLiteral("FFFF00")},
        {QStringLiteral("低风险"), QStringLiteral("0070C0")},
        {QStringLiteral("未评估"), QStringLiteral("BFBFBF")},
        {QStringLiteral("Major risk"), QStringLiteral("FF0000")},
        {QStringLiteral("Significant risk"), QStringLiteral("FFA500")},
        {QStringLiteral("General risk"), QStringLiteral("FFFF00")},
        {QStringLiteral("Low risk"), QStringLiteral("0070C0")},
        {QStringLiteral("Not assessed"), QStringLiteral("BFBFBF")}};
    return fills.value(name, QStringLiteral("no level: ") + name);
  }

  static QString levelNameZh(const QString &key)
  {
    static const QMap<QString, QString> names{
        {QStringLiteral("major"), QStringLiteral("重大风险")},
        {QStringLiteral("significant"), QStringLiteral("较大风险")},
        {QStringLiteral("general"), QStringLiteral("一般风险")},
        {QStringLiteral("low"), QStringLiteral("低风险")},
        {QStringLiteral("none"), QStringLiteral("未评估")}};
    return names.value(key);
  }

  //! Every level cell of \a column in \a sheet carries its level's colour; how many were seen.
  static int checkLevelFills(const QJsonObject &sheet, int column)
  {
    const QJsonArray all = rows(sheet);
    int checked = 0;
    for (int row = 1; row < all.size(); ++row)
    {
      const QJsonArray cells = all.at(row).toArray();
      const QString name = value(cells, column).toString();
      if (name.isEmpty())
        continue;
      if (fill(cells, column) != levelFill(name))
      {
        qWarning("row %d: %s filled %s", row, qPrintable(name), qPrintable(fill(cells, column)));
        return -1;
      }
      ++checked;
    }
    return checked;
  }

  //! The spreadsheet column letter of a zero-based index (A … Z, AA …).
  static QString columnLetter(int index)
  {
    QString letters;
    for (++index; index > 0; index = (index - 1) / 26)
      letters.prepend(QChar('A' + (index - 1) % 26));
    return letters;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")})
    {
      if (runProcess(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")}, 60000)
              .exitCode == 0)
      {
        mPython = candidate;
        break;
      }
    }
    QVERIFY2(!mPython.isEmpty(), "python3 with openpyxl (Debian: python3-openpyxl) is needed");

    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    // A unit whose id has leading zeros, which a spreadsheet must keep as text.
    const QString extra =
        writeFile(path(QStringLiteral("extra.csv")),
                  QStringLiteral("编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平\n"
                                 "007001,临江区零零七危险化学品仓库,I02,119.95,30.40,5,5,差\n")
                      .toUtf8());
    expectSuccess(runCli({QStringLiteral("import-units"), mProject, extra}));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
    const CliRun summary = runCli({QStringLiteral("summary"), mProject, QStringLiteral("--json")});
    expectSuccess(summary);
    mSummary = QJsonDocument::fromJson(summary.out.toUtf8()).object();

    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(mProject.toUtf8().constData(),
                                                           GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                           nullptr, nullptr, nullptr));
    QVERIFY(dataset);
    OGRLayer *units = dataset->GetLayerByName("units");
    QVERIFY(units);
    for (auto &feature : *units)
      mUnits.insert(QString::fromUtf8(feature->GetFieldAsString("unit_id")),
                    {QString::fromUtf8(feature->GetFieldAsString("level")),
                     QString::fromUtf8(feature->GetFieldAsString("score")),
                     QString::fromUtf8(feature->GetFieldAsString("name"))});
    QCOMPARE(mUnits.size(), 361);
  }

  void riskListXlsxInChineseByDefault()
  {
    const QString file = path(QStringLiteral("风险清单.xlsx"));
    const CliRun run = runCli({QStringLiteral("export-units"), mProject, file});
    expectSuccess(run);
    QVERIFY2(run.out.contains(QStringLiteral("361")), qPrintable(run.out));
    QVERIFY(readFile(file).startsWith("PK\x03\x04"));
    const QJsonObject workbook = readWorkbook(file);
    QCOMPARE(titles(workbook), QStringList{QStringLiteral("风险清单")});
    const QJsonObject list = sheet(workbook, 0);
    const QJsonArray all = rows(list);
    QCOMPARE(all.size(), 362);
    const QStringList header = texts(all.at(0).toArray());
    QCOMPARE(header.mid(0, 8), (QStringList{"序号", "单位编号", "单位名称", "行业类别", "行业代码",
                                            "行业领域", "区域编码", "所在区域"}));
    for (const QString &name : {QStringLiteral("风险等级"), QStringLiteral("固有风险等级"),
                                QStringLiteral("经度（WGS 84）"), QStringLiteral("纬度（WGS 84）"),
                                QStringLiteral("地址"), QStringLiteral("从业人数")})
      QVERIFY2(header.contains(name), qPrintable(header.join(QLatin1Char(','))));
    QVERIFY2(header.contains(QStringLiteral("X 坐标 (EPSG:4549)")),
             qPrintable(header.join(QLatin1Char(','))));
    const int idColumn = 1;
    const int nameColumn = 2;
    const int level = static_cast<int>(header.indexOf(QStringLiteral("风险等级")));
    const int score = static_cast<int>(header.indexOf(QStringLiteral("风险值")));
    const int longitude = static_cast<int>(header.indexOf(QStringLiteral("经度（WGS 84）")));
    const int latitude = static_cast<int>(header.indexOf(QStringLiteral("纬度（WGS 84）")));
    QVERIFY(score > 0);

    // Every unit once, in id order, its level and score as the GeoPackage holds them.
    QStringList ids;
    for (int row = 1; row < all.size(); ++row)
    {
      const QJsonArray cells = all.at(row).toArray();
      QCOMPARE(value(cells, 0).toInt(), row);
      QCOMPARE(type(cells, 0), QStringLiteral("n"));
      QCOMPARE(type(cells, idColumn), QStringLiteral("s")); // ids are text, always
      const QString id = value(cells, idColumn).toString();
      ids << id;
      const QStringList stored = mUnits.value(id);
      QVERIFY2(!stored.isEmpty(), qPrintable(id));
      QCOMPARE(value(cells, nameColumn).toString(), stored.at(2));
      QCOMPARE(value(cells, level).toString(), levelNameZh(stored.at(0)));
      if (stored.at(1).isEmpty())
        QVERIFY(value(cells, score).isNull());
      else
      {
        QCOMPARE(type(cells, score), QStringLiteral("n"));
        QCOMPARE(value(cells, score).toDouble(), stored.at(1).toDouble());
      }
    }
    QCOMPARE(ids, mUnits.keys()); // sorted by id, as the CSV is
    QCOMPARE(checkLevelFills(list, level), 361);

    // The leading zeros and the 18-character credit codes survive as text.
    const QJsonArray zeros =
        all.at(static_cast<int>(ids.indexOf(QStringLiteral("007001"))) + 1).toArray();
    QCOMPARE(value(zeros, idColumn).toString(), QStringLiteral("007001"));
    QCOMPARE(value(zeros, level).toString(), QStringLiteral("重大风险"));
    QCOMPARE(fill(zeros, level), QStringLiteral("FF0000"));
    QCOMPARE(value(zeros, longitude).toDouble(), 119.95);
    const QString credit = QStringLiteral("91330100MA7CA7KP4N");
    QVERIFY(ids.contains(credit));
    // RU0001 lies at 120.246265, 30.350567 in units.csv; WGS 84 back from the project CRS.
    const QJsonArray first =
        all.at(static_cast<int>(ids.indexOf(QStringLiteral("RU0001"))) + 1).toArray();
    QCOMPARE(type(first, longitude), QStringLiteral("n"));
    QVERIFY(qAbs(value(first, longitude).toDouble() - 120.246265) < 1e-6);
    QVERIFY(qAbs(value(first, latitude).toDouble() - 30.350567) < 1e-6);

    // The header stays in view with No., id and name; filters over every column and row.
    QCOMPARE(list.value(QStringLiteral("freeze")).toString(), QStringLiteral("D2"));
    QCOMPARE(list.value(QStringLiteral("filter")).toString(),
             QStringLiteral("A1:") + columnLetter(static_cast<int>(header.size()) - 1) +
                 QStringLiteral("362"));
    // Columns fit Chinese names: each CJK character takes two widths.
    int longestName = 0;
    for (int row = 1; row < all.size(); ++row)
      longestName =
          qMax(longestName,
               static_cast<int>(value(all.at(row).toArray(), nameColumn).toString().size()));
    const double nameWidth =
        list.value(QStringLiteral("widths")).toObject().value(QStringLiteral("C")).toDouble();
    QVERIFY2(nameWidth >= 2 * longestName && nameWidth <= 2 * longestName + 6,
             qPrintable(QStringLiteral("%1 for %2 characters").arg(nameWidth).arg(longestName)));
  }

  void riskListXlsxInEnglish()
  {
    const QString file = path(QStringLiteral("risk-list.xlsx"));
    expectSuccess(runCli({QStringLiteral("export-units"), mProject, file,
                          QStringLiteral("--language"), QStringLiteral("en")}));
    const QJsonObject workbook = readWorkbook(file);
    QCOMPARE(titles(workbook), QStringList{QStringLiteral("Risk list")});
    const QJsonArray all = rows(sheet(workbook, 0));
    const QStringList header = texts(all.at(0).toArray());
    QCOMPARE(header.mid(0, 8), (QStringList{"No.", "Unit ID", "Unit name", "Category",
                                            "Sector code", "Sector", "Region code", "Region"}));
    const int level = static_cast<int>(header.indexOf(QStringLiteral("Risk level")));
    QVERIFY(level > 0);
    QCOMPARE(checkLevelFills(sheet(workbook, 0), level), 361);
    QVERIFY(texts(all.at(1).toArray()).contains(QStringLiteral("Crowded places")) ||
            texts(all.at(1).toArray()).contains(QStringLiteral("Urban industry")));
  }

  void chineseCsvHasChineseHeadersValuesAndPositions()
  {
    const QString file = path(QStringLiteral("风险清单-zh.csv"));
    expectSuccess(runCli({QStringLiteral("export-units"), mProject, file,
                          QStringLiteral("--language"), QStringLiteral("zh")}));
    const QByteArray content = readFile(file);
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(content.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 362);
    QVERIFY2(lines.first().startsWith(QStringLiteral(
                 "序号,单位编号,单位名称,行业类别,行业代码,行业领域,区域编码,所在区域,评估方法,"
                 "风险值,固有风险等级,风险等级,")),
             qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QStringLiteral(",经度（WGS 84）,纬度（WGS 84）,")));
    const QString zeros = *std::find_if(lines.cbegin(), lines.cend(),
                                        [](const QString &line)
                                        { return line.contains(QStringLiteral(",007001,")); });
    QVERIFY2(zeros.contains(QStringLiteral(",重大风险,重大风险,")), qPrintable(zeros));
    QVERIFY2(zeros.contains(QStringLiteral(",119.950000,30.400000,")), qPrintable(zeros));

    // Without --language the CSV is the documented contract, unchanged.
    const QString contract = path(QStringLiteral("contract.csv"));
    expectSuccess(runCli({QStringLiteral("export-units"), mProject, contract}));
    QVERIFY(readFile(contract).mid(3).startsWith(
        "id,name,category,sector,sector_name,region,method,score,inherent_level,level,level_zh,"
        "method_version,grade,likelihood,severity,control,"));
  }

  void reportWorkbookHasTheThreeTables()
  {
    const QString file = path(QStringLiteral("评估报告.xlsx"));
    const CliRun run = runCli({QStringLiteral("report"), mProject, file});
    expectSuccess(run);
    QVERIFY2(run.out.contains(file), qPrintable(run.out));
    const QJsonObject workbook = readWorkbook(file);
    QCOMPARE(titles(workbook), (QStringList{"风险清单", "区域风险", "行业统计"}));
    QCOMPARE(rows(sheet(workbook, 0)).size(), 362);

    // Regions: every district in code order, as summary --json lists them.
    const QJsonObject regionSheet = sheet(workbook, 1);
    const QJsonArray regionRows = rows(regionSheet);
    const QStringList regionHeader = texts(regionRows.at(0).toArray());
    QCOMPARE(regionHeader.mid(0, 9),
             (QStringList{"区域类型", "区域编码", "区域名称", "风险等级", "单位数", "重大风险",
                          "较大风险", "一般风险", "低风险"}));
    const QJsonArray summaryRegions = mSummary.value(QStringLiteral("regions")).toArray();
    QCOMPARE(regionRows.size() - 1, summaryRegions.size());
    for (int row = 1; row < regionRows.size(); ++row)
    {
      const QJsonArray cells = regionRows.at(row).toArray();
      const QJsonObject region = summaryRegions.at(row - 1).toObject();
      QCOMPARE(value(cells, 0).toString(), QStringLiteral("区县"));
      QCOMPARE(type(cells, 1), QStringLiteral("s"));
      QCOMPARE(value(cells, 1).toString(), region.value(QStringLiteral("id")).toString());
      QCOMPARE(value(cells, 2).toString(), region.value(QStringLiteral("name")).toString());
      QCOMPARE(value(cells, 3).toString(),
               levelNameZh(region.value(QStringLiteral("level")).toString()));
      QCOMPARE(value(cells, 4).toInt(), region.value(QStringLiteral("units")).toInt());
      QCOMPARE(type(cells, 5), QStringLiteral("n"));
      QCOMPARE(
          value(cells, 5).toInt(),
          region.value(QStringLiteral("counts")).toObject().value(QStringLiteral("major")).toInt());
    }
    QVERIFY(checkLevelFills(regionSheet, 3) > 0);
    QCOMPARE(regionSheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("D2"));
    QVERIFY(
        regionSheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")));

    // Sectors: per sector and category, the totals those of the summary.
    const QJsonObject sectorSheet = sheet(workbook, 2);
    const QJsonArray sectorRows = rows(sectorSheet);
    QCOMPARE(texts(sectorRows.at(0).toArray()),
             (QStringList{"行业类别", "行业代码", "行业领域", "重大风险", "较大风险", "一般风险",
                          "低风险", "未评估", "合计"}));
    const QJsonArray total = sectorRows.last().toArray();
    QCOMPARE(value(total, 0).toString(), QStringLiteral("全部类别"));
    const QJsonObject levels = mSummary.value(QStringLiteral("levels")).toObject();
    QCOMPARE(value(total, 3).toInt(), levels.value(QStringLiteral("major")).toInt());
    QCOMPARE(value(total, 4).toInt(), levels.value(QStringLiteral("significant")).toInt());
    QCOMPARE(value(total, 5).toInt(), levels.value(QStringLiteral("general")).toInt());
    QCOMPARE(value(total, 6).toInt(), levels.value(QStringLiteral("low")).toInt());
    QCOMPARE(value(total, 7).toInt(), mSummary.value(QStringLiteral("unscored")).toInt());
    QCOMPARE(value(total, 8).toInt(), 361);
    QCOMPARE(fill(total, 3), QStringLiteral("FF0000"));
    // Sector I02 holds the added 007001 among its units; its row sums to its total.
    int sectorRowsSeen = 0;
    for (int row = 1; row < sectorRows.size() - 1; ++row)
    {
      const QJsonArray cells = sectorRows.at(row).toArray();
      int sum = 0;
      for (int column = 3; column <= 7; ++column)
        sum += value(cells, column).toInt();
      QCOMPARE(sum, value(cells, 8).toInt());
      if (value(cells, 1).toString() == QLatin1String("I02"))
      {
        QCOMPARE(value(cells, 0).toString(), QStringLiteral("城市工业"));
        ++sectorRowsSeen;
      }
    }
    QCOMPARE(sectorRowsSeen, 1);
    QCOMPARE(sectorSheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("D2"));

    // English: sheet names and headers follow --language.
    const QString english = path(QStringLiteral("report-en.xlsx"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, english, QStringLiteral("--language"),
                          QStringLiteral("en")}));
    const QJsonObject englishBook = readWorkbook(english);
    QCOMPARE(titles(englishBook), (QStringList{"Risk list", "Regions", "Sectors"}));
    QCOMPARE(texts(rows(sheet(englishBook, 1)).at(1).toArray()).at(0), QStringLiteral("District"));
  }

  void sameProjectGivesTheSameBytes()
  {
    const QString first = path(QStringLiteral("first.xlsx"));
    const QString second = path(QStringLiteral("second.xlsx"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, first}));
    QTest::qWait(1100); // a clock-stamped file would differ now
    expectSuccess(runCli({QStringLiteral("report"), mProject, second}));
    QCOMPARE(readFile(first), readFile(second));
    // Dated by SOURCE_DATE_EPOCH (1795939200, set by CMake for the cli tests).
    QCOMPARE(readWorkbook(first).value(QStringLiteral("created")).toString(),
             QStringLiteral("2026-11-29T08:00:00"));
  }

  void unknownSuffixesAreUsageErrors()
  {
    const QString text = path(QStringLiteral("report.txt"));
    CliRun run = runCli({QStringLiteral("report"), mProject, text});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(text + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(".pdf")) && run.err.contains(QStringLiteral(".xlsx")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(text));

    const QString ods = path(QStringLiteral("list.ods"));
    run = runCli({QStringLiteral("export-units"), mProject, ods});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(ods + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(".csv")) && run.err.contains(QStringLiteral(".xlsx")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(ods));

    run = runCli({QStringLiteral("export-units"), mProject, path(QStringLiteral("l.csv")),
                  QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--language fr")), qPrintable(run.err));
  }

  void summaryListsRegionsInCodeOrder()
  {
    QStringList ids;
    QStringList names;
    for (const QJsonValue &region : mSummary.value(QStringLiteral("regions")).toArray())
    {
      ids << region.toObject().value(QStringLiteral("id")).toString();
      names << region.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(ids.size(), 12);
    QStringList codeOrder = ids;
    std::sort(codeOrder.begin(), codeOrder.end());
    QCOMPARE(ids, codeOrder);
    QCOMPARE(ids.first(), QStringLiteral("330101"));
    // The sample's names sort differently, so this order is the codes', not the names'.
    QStringList nameOrder = names;
    std::sort(nameOrder.begin(), nameOrder.end());
    QVERIFY(names != nameOrder);
  }
};

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  TestCliSpreadsheets test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_cli_spreadsheets.moc"
