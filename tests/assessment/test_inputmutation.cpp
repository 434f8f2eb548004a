#include "methodset.h"
#include "taxonomy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace riskatlas;

/**
 * A bounded, seeded mutation test of the JSON readers (issue 11): shipped method sets and the
 * default taxonomy, changed byte by byte and value by value, must never crash or hang the
 * reader, and every refusal must say why. Runs under ASan/UBSan in CI; a fixed seed keeps a
 * failure reproducible (the failing input is printed).
 */
class TestInputMutation : public QObject
{
  Q_OBJECT

private:
  static constexpr quint32 Seed = 20261130;
  static constexpr int Rounds = 500; // per input file: about 4 s of CPU in all under ASan
  static constexpr qint64 MaxMillisecondsPerInput = 1000;

  static QByteArray shipped(const QString &relative)
  {
    QFile file(qEnvironmentVariable("RISKATLAS_SOURCE_DIR") + QStringLiteral("/resources/") +
               relative);
    if (!file.open(QIODevice::ReadOnly))
      qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
  }

  static QJsonValue randomValue(QRandomGenerator &random)
  {
    static const QList<QJsonValue> values{QJsonValue(0),
                                          QJsonValue(-1),
                                          QJsonValue(5.5),
                                          QJsonValue(1e308),
                                          QJsonValue(-1e308),
                                          QJsonValue(2147483648.0),
                                          QJsonValue(3),
                                          QJsonValue(QStringLiteral("20")),
                                          QJsonValue(QString()),
                                          QJsonValue(QStringLiteral("major")),
                                          QJsonValue(true),
                                          QJsonValue(QJsonValue::Null),
                                          QJsonValue(QJsonArray()),
                                          QJsonValue(QJsonObject()),
                                          QJsonValue(QJsonArray{1, "low", QJsonArray{}}),
                                          QJsonValue(QStringLiteral("matrix"))};
    return values.at(random.bounded(values.size()));
  }

  //! Replaces, removes, renames or duplicates one value somewhere inside \a value.
  static QJsonValue mutated(const QJsonValue &value, QRandomGenerator &random, int depth = 0)
  {
    const bool descend = (value.isObject() || value.isArray()) && random.bounded(4) != 0;
    if (value.isObject() && descend && !value.toObject().isEmpty())
    {
      QJsonObject object = value.toObject();
      const QStringList keys = object.keys();
      const QString key = keys.at(random.bounded(keys.size()));
      switch (random.bounded(6))
      {
      case 0:
        object.remove(key);
        break;
      case 1:
      {
        QString typo = key;
        typo[random.bounded(typo.size())] = QLatin1Char('x');
        object.insert(typo, object.take(key));
        break;
      }
      default:
        object.insert(key, mutated(object.value(key), random, depth + 1));
      }
      return object;
    }
    if (value.isArray() && descend && !value.toArray().isEmpty())
    {
      QJsonArray array = value.toArray();
      const int index = random.bounded(array.size());
      switch (random.bounded(5))
      {
      case 0:
        array.removeAt(index);
        break;
      case 1:
        array.insert(index, array.at(index));
        break;
      default:
        array.replace(index, mutated(array.at(index), random, depth + 1));
      }
      return array;
    }
    return randomValue(random);
  }

  static QByteArray mutatedBytes(QByteArray text, QRandomGenerator &random)
  {
    const int edits = 1 + random.bounded(4);
    for (int i = 0; i < edits && !text.isEmpty(); ++i)
    {
      const int at = random.bounded(text.size());
      switch (random.bounded(4))
      {
      case 0:
        text[at] = static_cast<char>(random.bounded(256));
        break;
      case 1:
        text.remove(at, 1 + random.bounded(8));
        break;
      case 2:
        text.insert(at, "0123456789\"{}[],:-.eE"[random.bounded(21)]);
        break;
      default:
        text.insert(at, text.mid(random.bounded(text.size()), random.bounded(32)));
      }
    }
    return text;
  }

  //! Feeds one input to \a read; a refusal must give reasons, and it must not take too long.
  template <typename Read> static bool check(const QJsonObject &input, Read read)
  {
    QElapsedTimer timer;
    timer.start();
    QStringList problems;
    const bool accepted = read(input, problems);
    const qint64 elapsed = timer.elapsed();
    bool reasoned = accepted ? problems.isEmpty() : !problems.isEmpty();
    for (const QString &problem : problems)
      reasoned = reasoned && !problem.trimmed().isEmpty();
    if (!reasoned || elapsed > MaxMillisecondsPerInput)
    {
      qWarning("input (%lld ms, accepted %d, problems %s): %s", elapsed, accepted,
               qPrintable(problems.join(QStringLiteral(" | "))),
               QJsonDocument(input).toJson(QJsonDocument::Compact).constData());
      return false;
    }
    return true;
  }

  static void mutate(const QByteArray &original,
                     const std::function<bool(const QJsonObject &)> &feed)
  {
    QRandomGenerator random(Seed);
    const QJsonObject json = QJsonDocument::fromJson(original).object();
    QVERIFY(!json.isEmpty());
    int parsedBytes = 0;
    for (int round = 0; round < Rounds; ++round)
    {
      QVERIFY2(feed(mutated(json, random).toObject()), qPrintable(QString::number(round)));
      const QJsonDocument bytes = QJsonDocument::fromJson(mutatedBytes(original, random));
      if (bytes.isObject())
      {
        ++parsedBytes;
        QVERIFY2(feed(bytes.object()), qPrintable(QString::number(round)));
      }
    }
    QVERIFY(parsedBytes > 0);
  }

private slots:
  void methodSetsSurviveMutation_data()
  {
    QTest::addColumn<QString>("name");
    for (const QString &name : MethodSet::templateNames())
      QTest::newRow(qPrintable(name)) << name;
  }
  void methodSetsSurviveMutation()
  {
    QFETCH(QString, name);
    const QVariantMap unit{{QStringLiteral("likelihood"), QStringLiteral("3")},
                           {QStringLiteral("severity"), QStringLiteral("4")},
                           {QStringLiteral("control"), QStringLiteral("差")}};
    mutate(shipped(QStringLiteral("methods/%1.json").arg(name)),
           [&unit](const QJsonObject &input)
           {
             return check(input,
                          [&unit](const QJsonObject &json, QStringList &problems)
                          {
                            MethodSet set;
                            if (!MethodSet::readJson(json, set, problems))
                              return false;
                            // An accepted set works and reads back as it was written.
                            set.assess(QStringLiteral("industrial"), QStringLiteral("I01"), unit);
                            set.validate(Taxonomy::defaultTaxonomy());
                            MethodSet again;
                            return MethodSet::readJson(set.toJson(), again, problems) &&
                                   again.hash() == set.hash();
                          });
           });
  }

  void taxonomySurvivesMutation()
  {
    mutate(shipped(QStringLiteral("taxonomy/default-taxonomy.json")),
           [](const QJsonObject &input)
           {
             return check(input,
                          [](const QJsonObject &json, QStringList &problems)
                          {
                            Taxonomy taxonomy;
                            return Taxonomy::readJson(json, taxonomy, problems) &&
                                   taxonomy.sectorCount() >= 0;
                          });
           });
  }
};

QTEST_GUILESS_MAIN(TestInputMutation)
#include "test_inputmutation.moc"
