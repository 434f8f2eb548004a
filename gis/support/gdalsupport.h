#pragma once

#include <QString>

class GDALDataset;
class OGRFeature;
class QgsGeometry;

namespace riskatlas
{

//! The last error GDAL reported, as text.
QString lastGdalError();

//! Runs a statement that returns no rows; false with \a error on failure.
bool executeSql(GDALDataset &dataset, const QString &sql, QString *error);

//! Reads a single text value (first column of the first row), or a null QString.
QString querySingleValue(GDALDataset &dataset, const QString &sql);

//! Quotes text as an SQL string literal.
QString sqlLiteral(const QString &text);

void setStringField(OGRFeature &feature, const char *field, const QString &value);
QString stringField(const OGRFeature &feature, const char *field);

//! Sets the feature's geometry from a QGIS geometry (already in the layer's CRS).
void setGeometry(OGRFeature &feature, const QgsGeometry &geometry);
//! The feature's geometry as a QGIS geometry; empty when it has none.
QgsGeometry qgsGeometry(const OGRFeature &feature);

} // namespace riskatlas
