#pragma once

// Shared set-up of the import tests: a fresh project per test and helpers to read units back.

#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas::test
{

class ImportFixture
{
public:
  std::unique_ptr<ProjectStore> newProject(const QString &crs = QString())
  {
    QString error;
    auto store = ProjectStore::create(mDir.filePath(QStringLiteral("p%1.gpkg").arg(++mCounter)),
                                      QStringLiteral("test"), crs, false, &error);
    if (!store)
      qFatal("%s", qPrintable(error));
    return store;
  }

  QString file(const QString &name)
  {
    return mDir.filePath(QStringLiteral("%1-%2").arg(++mCounter).arg(name));
  }

  //! A unit's field as text (or "x"/"y" of its point), or a null string when it is absent.
  static QString unitValue(ProjectStore &store, const QString &id, const char *field)
  {
    OGRLayer *units = store.unitsLayer();
    units->SetAttributeFilter(QStringLiteral("unit_id = '%1'").arg(id).toUtf8().constData());
    OGRFeatureUniquePtr feature(units->GetNextFeature());
    units->SetAttributeFilter(nullptr);
    if (!feature)
      return QString();
    const QByteArray name(field);
    if (name == "x" || name == "y")
    {
      const OGRGeometry *geometry = feature->GetGeometryRef();
      if (!geometry)
        return QStringLiteral("none");
      return QString::number(
          name == "x" ? geometry->toPoint()->getX() : geometry->toPoint()->getY(), 'f', 9);
    }
    return stringField(*feature, field);
  }

private:
  QTemporaryDir mDir;
  int mCounter = 0;
};

} // namespace riskatlas::test
