#include "maps/hazardstyle.h"

#include "hazardstatus.h"
#include "store/hazardtable.h"

#include <QCoreApplication>
#include <QFile>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <sqlite3.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardStyle)
};

QgsMarkerSymbol *marker(const QString &shape, const QString &colour, double size)
{
  auto *symbol =
      QgsMarkerSymbol::createSimple({{QStringLiteral("name"), shape},
                                     {QStringLiteral("color"), colour},
                                     {QStringLiteral("size"), QString::number(size)},
                                     {QStringLiteral("outline_color"), QStringLiteral("#202020")},
                                     {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
  // Major hidden dangers one and a half times the size.
  symbol->symbolLayer(0)->setDataDefinedProperty(
      QgsSymbolLayer::PropertySize,
      QgsProperty::fromExpression(
          QStringLiteral("CASE WHEN \"grade\" = 'major' THEN %1 ELSE %2 END")
              .arg(size * 1.5)
              .arg(size)));
  return symbol;
}

bool hasHazardTable(const QString &projectPath)
{
  sqlite3 *db = nullptr;
  bool found = false;
  if (sqlite3_open_v2(QFile::encodeName(projectPath).constData(), &db, SQLITE_OPEN_READONLY,
                      nullptr) == SQLITE_OK)
  {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM gpkg_contents WHERE table_name = ?", -1, &statement,
                           nullptr) == SQLITE_OK)
    {
      sqlite3_bind_text(statement, 1, HazardTable::layerName(), -1, SQLITE_STATIC);
      found = sqlite3_step(statement) == SQLITE_ROW;
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return found;
}
} // namespace

QString hazardOverdueExpression()
{
  return QStringLiteral("\"status\" IN ('found', 'assigned', 'rectifying') AND \"deadline\" <> '' "
                        "AND \"deadline\" < format_date(now(), 'yyyy-MM-dd')");
}

QString hazardOverdueExpression(const QDate &asOf)
{
  return QStringLiteral("\"status\" IN ('found', 'assigned', 'rectifying') AND \"deadline\" <> '' "
                        "AND \"deadline\" < '%1'")
      .arg(asOf.toString(Qt::ISODate));
}

namespace
{
void styleHazards(QgsVectorLayer &hazards, const QString &language, const QString &overdue)
{
  const bool zh = language == QLatin1String("zh");
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(new QgsRuleBasedRenderer::Rule(
      marker(QStringLiteral("triangle"), QStringLiteral("#D7191C"), 3.6), 0, 0, overdue,
      zh ? QStringLiteral("逾期") : QStringLiteral("Overdue")));
  const struct
  {
    HazardStatus status;
    const char *colour;
    double size;
  } looks[] = {{HazardStatus::Found, "#FF7F00", 2.6},
               {HazardStatus::Assigned, "#FDD835", 2.6},
               {HazardStatus::Rectifying, "#4292C6", 2.6},
               {HazardStatus::Rectified, "#74C476", 2.0},
               {HazardStatus::Closed, "#9E9E9E", 1.6}};
  for (const auto &look : looks)
  {
    const QString filter =
        QStringLiteral("\"status\" = '%1' AND NOT (%2)").arg(hazardStatusKey(look.status), overdue);
    root->appendChild(new QgsRuleBasedRenderer::Rule(
        marker(QStringLiteral("circle"), QString::fromLatin1(look.colour), look.size), 0, 0, filter,
        zh ? hazardStatusNameZh(look.status) : hazardStatusNameEn(look.status)));
  }
  hazards.setRenderer(new QgsRuleBasedRenderer(root));
}
} // namespace

void applyHazardStyle(QgsVectorLayer &hazards, const QString &language)
{
  styleHazards(hazards, language, hazardOverdueExpression());
}

void applyHazardStyle(QgsVectorLayer &hazards, const QString &language, const QDate &asOf)
{
  styleHazards(hazards, language, hazardOverdueExpression(asOf));
}

std::unique_ptr<QgsVectorLayer> openHazardLayer(const QString &projectPath)
{
  if (!hasHazardTable(projectPath))
    return nullptr;
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral("%1|layername=%2")
          .arg(projectPath, QString::fromUtf8(HazardTable::layerName())),
      Tr::tr("Hidden dangers"), QStringLiteral("ogr"), options);
  return layer->isValid() ? std::move(layer) : nullptr;
}

} // namespace riskatlas
