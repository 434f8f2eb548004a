// `riskatlas-cli hazards`: a GBK register with Chinese headers imported into the sample city,
// counted by hand as of a fixed date; bad rows named and nothing imported; an unknown unit;
// re-import by id; the life cycle through `update`; filters; export read back by an import.
#include "clirunner.h"
#include "controlimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCodec>

using namespace riskatlas::test;

namespace
{
const QString AsOf = QStringLiteral("2026-05-15");

//! Eight hidden dangers at sample units whose districts and sectors are known (see stats below).
const char *Register =
    "隐患编号,单位编号,单位名称,隐患描述,隐患等级,督办轮次,发现日期,整改期限,责任单位,责任人,"
    "整改措施,整改资金（万元）,整改状态,整改完成日期,复核人,销号日期,挂牌级别\n"
    "YH-001,RU0001,,储罐区可燃气体报警器失效,一般,1,2026-03-01,,,,,2.5,已销号,2026-03-10,王工,"
    "2026-03-20,\n"
    "YH-002,RU0002,,消防通道堵塞,一般,第1轮,2026/3/1,,,,,,已整改,2026-04-01,,,\n"
    "YH-003,RU0010,,储罐防火堤破损,重大事故隐患,1,2026-03-15,,富春石化,张三,修复防火堤,30,"
    "整改中,,,,市级挂牌\n"
    "YH-004,RU0020,,园区应急池容量不足,重大,1,2026-03-16,,,,,,交办,,,,\n"
    "YH-005,,临江区海联新材料科技有限公司,安全培训记录缺失,一般,第二轮,2026-04-01,,,,,,发现,,,,\n"
    "YH-006,RU0303,,填埋气导排不畅,一般,2,2026-02-01,2026-04-01,,,,,逾期,,,,\n"
    "YH-007,RU0100,,加气机拉断阀失效,重大,2,2026-04-02,,,,,8,已销号,2026-04-20,李工,2026-04-28,"
    "省级\n"
    "YH-008,RU0005,,动火作业未审批,一般,第十轮,2026-01-05,,,,,,已整改,2026-04-10,,,\n";

QJsonObject counts(int total, int open, int rectified, int closed, int overdue)
{
  return {{QStringLiteral("total"), total},
          {QStringLiteral("open"), open},
          {QStringLiteral("rectified"), rectified},
          {QStringLiteral("closed"), closed},
          {QStringLiteral("overdue"), overdue}};
}

QJsonObject group(const QString &key, const QString &code, const QString &name,
                  const QJsonObject &values)
{
  QJsonObject object = values;
  object.insert(key, code);
  if (key != QLatin1String("round"))
    object.insert(QStringLiteral("name"), name);
  return object;
}

QJsonObject json(const CliRun &run)
{
  return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

//! Fails the test unless \a text validates against resources/schemas/\a schema.
void validate(const QString &text, const QString &schema, const QString &folder)
{
  const QString json = writeFile(folder + QStringLiteral("/validate.json"), text.toUtf8());
  const QString schemaFile =
      QDir(sourceDir()).filePath(QStringLiteral("resources/schemas/") + schema);
  QProcess python;
  python.start(QStringLiteral("python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import json, sys, jsonschema; "
                               "s = json.load(open(sys.argv[2])); "
                               "jsonschema.Draft7Validator.check_schema(s); "
                               "jsonschema.validate(json.load(open(sys.argv[1])), s)"),
                json, schemaFile});
  QVERIFY(python.waitForFinished(60000));
  QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

QByteArray gbk(const QString &text)
{
  return QTextCodec::codecForName("GBK")->fromUnicode(text);
}
} // namespace

class TestCliHazards : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mSample; //!< the sample city without hidden dangers

  QString freshProject(const QString &name)
  {
    const QString path = mDir.filePath(name);
    QFile::remove(path);
    return QFile::copy(mSample, path) ? path : QString();
  }

  QString registerFile(const QString &name, const QString &text)
  {
    return writeFile(mDir.filePath(name), gbk(text));
  }

  QString importedProject(const QString &name)
  {
    const QString project = freshProject(name);
    const CliRun run =
        runCli({QStringLiteral("hazards"), QStringLiteral("import"), project,
                registerFile(name + QStringLiteral(".csv"), QString::fromUtf8(Register))});
    if (run.exitCode != 0)
      qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0 ? project : QString();
  }

  int listed(const QString &project, const QStringList &filters = {})
  {
    const CliRun run =
        runCli(QStringList{QStringLiteral("hazards"), QStringLiteral("list"), project,
                           QStringLiteral("--json"), QStringLiteral("--as-of"), AsOf} +
               filters);
    return run.exitCode == 0 ? json(run).value(QStringLiteral("count")).toInt(-1) : -1;
  }

private slots:
  void initTestCase()
  {
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    expectSuccess(buildSampleProject(mSample));
  }

  void statsOfAGbkRegisterMatchTheHandCount()
  {
    const QString project = importedProject(QStringLiteral("counted.gpkg"));
    QVERIFY(!project.isEmpty());
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("stats"), project,
                               QStringLiteral("--json"), QStringLiteral("--as-of"), AsOf});
    expectSuccess(run);
    QJsonObject expected = counts(8, 4, 4, 2, 2);
    expected.insert(QStringLiteral("as_of"), AsOf);
    expected.insert(QStringLiteral("rectification_rate"), 0.5);
    expected.insert(QStringLiteral("by_grade"),
                    QJsonObject{{QStringLiteral("general"), counts(5, 2, 3, 1, 1)},
                                {QStringLiteral("major"), counts(3, 2, 1, 1, 1)}});
    const QString round = QStringLiteral("round");
    expected.insert(QStringLiteral("by_round"),
                    QJsonArray{group(round, QStringLiteral("1"), {}, counts(4, 2, 2, 1, 1)),
                               group(round, QStringLiteral("2"), {}, counts(3, 2, 1, 1, 1)),
                               group(round, QStringLiteral("10"), {}, counts(1, 0, 1, 0, 0))});
    const QString code = QStringLiteral("code");
    expected.insert(
        QStringLiteral("by_district"),
        QJsonArray{
            group(code, QStringLiteral("330101"), QStringLiteral("临江区"), counts(1, 1, 0, 0, 0)),
            group(code, QStringLiteral("330103"), QStringLiteral("青山区"), counts(1, 0, 1, 1, 0)),
            group(code, QStringLiteral("330107"), QStringLiteral("翠屏区"), counts(2, 1, 1, 1, 1)),
            group(code, QStringLiteral("330108"), QStringLiteral("龙井区"), counts(2, 1, 1, 0, 0)),
            group(code, QStringLiteral("330111"), QStringLiteral("仓前区"), counts(1, 0, 1, 0, 0)),
            group(code, QString(), QString(), counts(1, 1, 0, 0, 1))}); // RU0303, east of the city
    expected.insert(QStringLiteral("by_sector"),
                    QJsonArray{group(code, QStringLiteral("F13"),
                                     QStringLiteral("垃圾填埋与渣土消纳场"), counts(1, 1, 0, 0, 1)),
                               group(code, QStringLiteral("I01"), QStringLiteral("危险化学品生产"),
                                     counts(4, 1, 3, 1, 0)),
                               group(code, QStringLiteral("I02"),
                                     QStringLiteral("危险化学品经营储存"), counts(1, 1, 0, 0, 1)),
                               group(code, QStringLiteral("I03"), QStringLiteral("化工园区"),
                                     counts(1, 1, 0, 0, 0)),
                               group(code, QStringLiteral("I12"), QStringLiteral("加油加气站"),
                                     counts(1, 0, 1, 1, 0))});
    validate(run.out, QStringLiteral("hazard-stats.schema.json"), mDir.path());
    const QJsonObject actual = json(run);
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys())
      QCOMPARE(QJsonDocument(QJsonObject{{key, actual.value(key)}}).toJson(),
               QJsonDocument(QJsonObject{{key, expected.value(key)}}).toJson());

    // YH-004's deadline (found 16 March + 60 days) is 15 May: overdue only from the 16th.
    const CliRun later =
        runCli({QStringLiteral("hazards"), QStringLiteral("stats"), project,
                QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-05-16")});
    QCOMPARE(json(later).value(QStringLiteral("overdue")).toInt(), 3);
  }

  void listFiltersAndSortsTheOverdueByDays()
  {
    const QString project = importedProject(QStringLiteral("filters.gpkg"));
    QVERIFY(!project.isEmpty());
    QCOMPARE(listed(project), 8);
    validate(runCli({QStringLiteral("hazards"), QStringLiteral("list"), project,
                     QStringLiteral("--json"), QStringLiteral("--as-of"), AsOf})
                 .out,
             QStringLiteral("hazard-list.schema.json"), mDir.path());
    QCOMPARE(listed(project, {QStringLiteral("--grade"), QStringLiteral("major")}), 3);
    QCOMPARE(listed(project, {QStringLiteral("--round"), QStringLiteral("2")}), 3);
    QCOMPARE(listed(project, {QStringLiteral("--district"), QStringLiteral("330107")}), 2);
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("list"), project,
                               QStringLiteral("--overdue"), QStringLiteral("--json"),
                               QStringLiteral("--as-of"), AsOf});
    validate(run.out, QStringLiteral("hazard-list.schema.json"), mDir.path());
    const QJsonArray overdue = json(run).value(QStringLiteral("hazards")).toArray();
    QCOMPARE(overdue.size(), 2);
    // YH-006 (due 1 April) before YH-003 (due 14 May).
    QCOMPARE(overdue.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("YH-006"));
    QCOMPARE(overdue.at(0).toObject().value(QStringLiteral("days_overdue")).toInt(), 44);
    const QJsonObject yh003 = overdue.at(1).toObject();
    QCOMPARE(yh003.value(QStringLiteral("id")).toString(), QStringLiteral("YH-003"));
    QCOMPARE(yh003.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-05-14"));
    QCOMPARE(yh003.value(QStringLiteral("days_overdue")).toInt(), 1);
    QCOMPARE(yh003.value(QStringLiteral("listing")).toString(), QStringLiteral("city"));
    QCOMPARE(yh003.value(QStringLiteral("funds")).toDouble(), 30.0);
    QCOMPARE(yh003.value(QStringLiteral("unit_name")).toString(),
             QStringLiteral("翠屏区富春石化仓储有限公司"));

    const CliRun text = runCli({QStringLiteral("hazards"), QStringLiteral("list"), project,
                                QStringLiteral("--overdue"), QStringLiteral("--as-of"), AsOf});
    QVERIFY2(text.out.contains(QStringLiteral("overdue 44 days")), qPrintable(text.out));
  }

  void badRowsImportNothingAndEachIsNamed()
  {
    const QString project = freshProject(QStringLiteral("bad.gpkg"));
    const QString file = registerFile(
        QStringLiteral("bad.csv"),
        QStringLiteral("隐患编号,单位编号,单位名称,隐患描述,隐患等级,督办轮次,发现日期,整改状态,"
                       "复核人,销号日期\n"
                       "YH-101,RU0001,,好的一行,一般,1,2026-03-01,整改中,,\n"
                       "YH-102,RU0001,,,较大,1,2026-03-01,,,\n"
                       "YH-103,RU0002,,,一般,1,2026-02-30,,,\n"
                       "YH-104,RU0003,,,重大,1,2026-03-01,已销号,,2026-03-09\n"
                       "YH-101,RU0004,,,一般,1,2026-03-01,,,\n"
                       ",RU0004,,,一般,1,2026-03-01,,,\n"));
    const QString errors = mDir.filePath(QStringLiteral("bad-errors.csv"));
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project, file,
                               QStringLiteral("--errors"), errors});
    QCOMPARE(run.exitCode, 1);
    // The --errors file lists the same five problems, one row each below its header.
    const QStringList errorRows =
        QString::fromUtf8(readFile(errors)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(errorRows.size(), 6);
    QVERIFY2(errorRows.at(1).contains(QStringLiteral("YH-102")), qPrintable(errorRows.at(1)));
    for (const QString &expected :
         {QStringLiteral("bad.csv: row 3 (id YH-102): field 隐患等级: value \"较大\": the grade "
                         "must be 一般 or 重大"),
          QStringLiteral("bad.csv: row 4 (id YH-103): field 发现日期: value \"2026-02-30\": not a "
                         "date"),
          QStringLiteral("bad.csv: row 5 (id YH-104): field 整改完成日期: value \"\": a "
                         "rectified hidden danger needs the date it was rectified"),
          QStringLiteral("bad.csv: row 6 (id YH-101): field 隐患编号: value \"YH-101\": the id "
                         "appears again (first at row 2)"),
          QStringLiteral("bad.csv: row 7: field 隐患编号"),
          QStringLiteral("5 problems found; nothing was imported")})
      QVERIFY2(run.err.contains(expected), qPrintable(expected + QStringLiteral("\n") + run.err));
    QCOMPARE(listed(project), 0);
  }

  void aHazardOfAnUnknownUnitIsANamedError()
  {
    const QString project = importedProject(QStringLiteral("unknown.gpkg"));
    QVERIFY(!project.isEmpty());
    const QString file =
        registerFile(QStringLiteral("unknown.csv"),
                     QStringLiteral("隐患编号,单位编号,单位名称,隐患等级,发现日期\n"
                                    "YH-201,RU9999,,一般,2026-03-01\n"
                                    "YH-202,,不存在的化工厂,一般,2026-03-01\n"
                                    "YH-001,RU0001,,一般,2026-03-01\n"));
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("unknown.csv: row 2 (id YH-201): field 单位编号: "
                                             "value \"RU9999\": the project has no unit with "
                                             "this id")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("unknown.csv: row 3 (id YH-202): field 单位名称: "
                                             "value \"不存在的化工厂\": the project has no unit "
                                             "with this name")),
             qPrintable(run.err));
    QCOMPARE(listed(project), 8); // YH-001 was not touched either
    const CliRun yh001 = runCli({QStringLiteral("hazards"), QStringLiteral("list"), project,
                                 QStringLiteral("--json"), QStringLiteral("--status"),
                                 QStringLiteral("closed"), QStringLiteral("--as-of"), AsOf});
    QCOMPARE(json(yh001).value(QStringLiteral("count")).toInt(), 2);
  }

  void reimportUpdatesByIdAndNeverMovesBack()
  {
    const QString project = importedProject(QStringLiteral("reimport.gpkg"));
    QVERIFY(!project.isEmpty());
    // YH-003 rectified, YH-009 new, the rest as before.
    QString text = QString::fromUtf8(Register);
    text.replace(QStringLiteral("修复防火堤,30,整改中,,"),
                 QStringLiteral("修复防火堤,30,已整改,2026-05-10,"));
    text += QStringLiteral("YH-009,RU0004,,新增隐患,一般,2,2026-05-01,,,,,,交办,,,,\n");
    CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project,
                         registerFile(QStringLiteral("round2.csv"), text)});
    expectSuccess(run);
    QVERIFY2(run.out.contains(QStringLiteral("1 added, 1 updated, 7 unchanged")),
             qPrintable(run.out));
    QCOMPARE(listed(project, {QStringLiteral("--overdue")}), 1);

    // The first register again would move YH-003 back from rectified: refused, nothing written.
    run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project,
                  registerFile(QStringLiteral("old.csv"), QString::fromUtf8(Register))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("old.csv: row 4 (id YH-003): field 整改状态: value "
                                             "\"整改中\": the project has it as rectified")),
             qPrintable(run.err));
    QCOMPARE(listed(project, {QStringLiteral("--overdue")}), 1);
  }

  void updateFollowsTheLifeCycleAndIsAudited()
  {
    const QString project = importedProject(QStringLiteral("update.gpkg"));
    QVERIFY(!project.isEmpty());
    auto update = [&](const QStringList &arguments)
    {
      return runCli(QStringList{QStringLiteral("hazards"), QStringLiteral("update"), project,
                                QStringLiteral("YH-003")} +
                    arguments);
    };
    CliRun run = update({QStringLiteral("--status"), QStringLiteral("closed"),
                         QStringLiteral("--date"), QStringLiteral("2026-05-20")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("hidden danger YH-003: a rectified hidden danger "
                                             "needs the date it was rectified")),
             qPrintable(run.err));
    run = update({QStringLiteral("--status"), QStringLiteral("rectified"), QStringLiteral("--date"),
                  QStringLiteral("2026-05-12")});
    expectSuccess(run);
    run = update({QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--date"),
                  QStringLiteral("2026-05-20")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("a closure needs the verifier")), qPrintable(run.err));
    run = update({QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--date"),
                  QStringLiteral("2026-05-20"), QStringLiteral("--verifier"),
                  QStringLiteral("赵工")});
    expectSuccess(run);
    run = update({QStringLiteral("--status"), QStringLiteral("rectifying")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("reopening a closed hidden danger needs a reason; "
                                             "give --reason")),
             qPrintable(run.err));
    run = update({QStringLiteral("--status"), QStringLiteral("found"), QStringLiteral("--reason"),
                  QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    run = update({QStringLiteral("--status"), QStringLiteral("rectifying"),
                  QStringLiteral("--reason"), QStringLiteral("复核不合格")});
    expectSuccess(run);
    run = update({QStringLiteral("--deadline"), QStringLiteral("2026-06-30")});
    QCOMPARE(run.exitCode, 1);
    run = update({QStringLiteral("--deadline"), QStringLiteral("2026-06-30"),
                  QStringLiteral("--reason"), QStringLiteral("延期整改")});
    expectSuccess(run);
    QCOMPARE(listed(project, {QStringLiteral("--overdue")}), 1); // YH-006 only now

    run = runCli({QStringLiteral("hazards"), QStringLiteral("update"), project,
                  QStringLiteral("YH-404"), QStringLiteral("--status"), QStringLiteral("closed")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the project has no hidden danger YH-404")),
             qPrintable(run.err));

    const CliRun audit = runCli(
        {QStringLiteral("audit"), project, QStringLiteral("--json"), QStringLiteral("--verify")});
    expectSuccess(audit);
    QStringList actions;
    for (const QJsonValue entry : json(audit).value(QStringLiteral("entries")).toArray())
      actions << entry.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions.mid(actions.indexOf(QStringLiteral("import-hazards"))),
             (QStringList{QStringLiteral("import-hazards"), QStringLiteral("update-hazard"),
                          QStringLiteral("update-hazard"), QStringLiteral("reopen-hazard"),
                          QStringLiteral("update-hazard")}));
    const QJsonObject reopen = json(audit)
                                   .value(QStringLiteral("entries"))
                                   .toArray()
                                   .at(actions.indexOf(QStringLiteral("reopen-hazard")))
                                   .toObject();
    QCOMPARE(reopen.value(QStringLiteral("reason")).toString(), QStringLiteral("复核不合格"));
    QCOMPARE(reopen.value(QStringLiteral("target")).toString(), QStringLiteral("hazard YH-003"));
  }

  void exportsReadBackUnchanged()
  {
    const QString project = importedProject(QStringLiteral("export.gpkg"));
    QVERIFY(!project.isEmpty());
    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")})
    {
      const QString file = mDir.filePath(QStringLiteral("register.") + suffix);
      CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("export"), project, file,
                           QStringLiteral("--as-of"), AsOf});
      expectSuccess(run);
      QVERIFY2(run.out.contains(QStringLiteral("wrote 8 hidden dangers")), qPrintable(run.out));
      run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project, file});
      expectSuccess(run);
      QVERIFY2(run.out.contains(QStringLiteral("0 added, 0 updated, 8 unchanged")),
               qPrintable(suffix + run.out + run.err));
      // Into a project without hidden dangers: the same figures.
      const QString copy = freshProject(QStringLiteral("copy-") + suffix + QStringLiteral(".gpkg"));
      expectSuccess(runCli({QStringLiteral("hazards"), QStringLiteral("import"), copy, file}));
      auto stats = [&](const QString &path)
      {
        return runCli({QStringLiteral("hazards"), QStringLiteral("stats"), path,
                       QStringLiteral("--json"), QStringLiteral("--as-of"), AsOf})
            .out;
      };
      QCOMPARE(stats(copy), stats(project));
    }
  }

  //! The sample city's GBK register, counted by its generator (projects/sample-city).
  void sampleRegisterMatchesTheGenerator()
  {
    const QString project = freshProject(QStringLiteral("sample-register.gpkg"));
    CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("import"), project,
                         sampleFile(QStringLiteral("hazards.csv"))});
    expectSuccess(run);
    QVERIFY2(run.out.contains(QStringLiteral("300 added")), qPrintable(run.out));
    run =
        runCli({QStringLiteral("hazards"), QStringLiteral("stats"), project,
                QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    expectSuccess(run);
    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(sampleFile(QStringLiteral("hazards-expected.json"))))
            .object();
    QCOMPARE(expected.value(QStringLiteral("total")).toInt(), 300);
    QVERIFY(expected.value(QStringLiteral("overdue")).toInt() > 0);
    QVERIFY(expected.value(QStringLiteral("by_grade"))
                .toObject()
                .value(QStringLiteral("major"))
                .toObject()
                .value(QStringLiteral("total"))
                .toInt() > 0);
    const QJsonObject actual = json(run);
    for (const QString &key : expected.keys())
      QCOMPARE(QJsonDocument(QJsonObject{{key, actual.value(key)}}).toJson(),
               QJsonDocument(QJsonObject{{key, expected.value(key)}}).toJson());
    QCOMPARE(actual.keys(), expected.keys());

    // The report's section tells the figures of `hazards stats` on the report's date.
    expectSuccess(runCli({QStringLiteral("assess"), project}));
    const QString html = mDir.filePath(QStringLiteral("sample-register.html"));
    expectSuccess(runCli({QStringLiteral("report"), project, html, QStringLiteral("--language"),
                          QStringLiteral("en")}));
    run = runCli({QStringLiteral("hazards"), QStringLiteral("stats"), project,
                  QStringLiteral("--json"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-29")}); // SOURCE_DATE_EPOCH of the CLI tests
    expectSuccess(run);
    const QJsonObject onReportDate = json(run);
    const auto count = [&onReportDate](const char *key)
    { return onReportDate.value(QLatin1String(key)).toInt(); };
    const QString sentence =
        QStringLiteral("As of 2026-11-29 the register holds %1 hidden dangers, %2 of them major: "
                       "%3 rectified (rectification rate %4%), %5 of them closed after "
                       "verification; %6 still open, %7 of them past their deadline.")
            .arg(count("total"))
            .arg(onReportDate.value(QStringLiteral("by_grade"))
                     .toObject()
                     .value(QStringLiteral("major"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt())
            .arg(count("rectified"))
            .arg(QString::number(
                onReportDate.value(QStringLiteral("rectification_rate")).toDouble() * 100, 'f', 1))
            .arg(count("closed"))
            .arg(count("open"))
            .arg(count("overdue"));
    const QString report = QString::fromUtf8(readFile(html));
    QVERIFY2(report.contains(QStringLiteral(">5.4 Hidden-danger governance</h")), "no section 5.4");
    QVERIFY2(report.contains(sentence), qPrintable(sentence));
  }

  //! `hazards map`: each district's rate and "rectified/total" as `hazards stats` count them.
  void rectificationMapShowsTheStatsOfEachDistrict()
  {
    const QString project = freshProject(QStringLiteral("mapped.gpkg"));
    expectSuccess(runCli({QStringLiteral("hazards"), QStringLiteral("import"), project,
                          sampleFile(QStringLiteral("hazards.csv"))}));
    const QString asOf = QStringLiteral("2026-06-30");
    const CliRun stats = runCli({QStringLiteral("hazards"), QStringLiteral("stats"), project,
                                 QStringLiteral("--json"), QStringLiteral("--as-of"), asOf});
    expectSuccess(stats);
    const QString pdf = mDir.filePath(QStringLiteral("整改率.pdf"));
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("map"), project, pdf,
                               QStringLiteral("--as-of"), asOf});
    expectSuccess(run);
    QVERIFY2(run.out.contains(pdf), qPrintable(run.out));
    // One line per label row in the PDF text: "name", "85.0%", "已整改 17/20".
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("各区县事故隐患整改率")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("截至 %1").arg(asOf)), qPrintable(text));
    int districts = 0;
    for (const QJsonValue &value : json(stats).value(QStringLiteral("by_district")).toArray())
    {
      const QJsonObject district = value.toObject();
      if (district.value(QStringLiteral("code")).toString().isEmpty())
        continue; // outside every district: on no district of the map
      const int total = district.value(QStringLiteral("total")).toInt();
      const int rectified = district.value(QStringLiteral("rectified")).toInt();
      const QString rate =
          QLocale::c().toString(100.0 * rectified / total, 'f', 1) + QLatin1Char('%');
      const QString label = QStringLiteral("%1\n%2\n已整改 %3/%4")
                                .arg(district.value(QStringLiteral("name")).toString(), rate)
                                .arg(rectified)
                                .arg(total);
      QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in:\n") + text));
      ++districts;
    }
    QVERIFY(districts >= 4);

    const QString png = mDir.filePath(QStringLiteral("rectification.png"));
    expectSuccess(runCli({QStringLiteral("hazards"), QStringLiteral("map"), project, png,
                          QStringLiteral("--as-of"), asOf, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--dpi"), QStringLiteral("50")}));
    RISKATLAS_CHECK_CONTROL_IMAGE(png, QStringLiteral("rectification-map-a4-50dpi.png"));

    const CliRun bad = runCli({QStringLiteral("hazards"), QStringLiteral("map"), project,
                               mDir.filePath(QStringLiteral("map.txt"))});
    QCOMPARE(bad.exitCode, 2);
  }

  void wrongUsage()
  {
    const CliRun run = runCli({QStringLiteral("hazards"), QStringLiteral("stats"), mSample,
                               QStringLiteral("--as-of"), QStringLiteral("15.5.2026")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--as-of 15.5.2026: expected a date YYYY-MM-DD")),
             qPrintable(run.err));
    QCOMPARE(runCli({QStringLiteral("hazards"), QStringLiteral("list"), mSample,
                     QStringLiteral("--grade"), QStringLiteral("较大")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("hazards"), QStringLiteral("update"), mSample,
                     QStringLiteral("YH-001")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("hazards"), QStringLiteral("export"), mSample,
                     mDir.filePath(QStringLiteral("x.pdf"))})
                 .exitCode,
             2);
    // A project without a register has an empty one.
    const CliRun empty = runCli({QStringLiteral("hazards"), QStringLiteral("stats"), mSample,
                                 QStringLiteral("--json"), QStringLiteral("--as-of"), AsOf});
    expectSuccess(empty);
    QCOMPARE(json(empty).value(QStringLiteral("total")).toInt(-1), 0);
  }
};

QTEST_GUILESS_MAIN(TestCliHazards)
#include "test_cli_hazards.moc"
