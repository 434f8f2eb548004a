#pragma once

#include "levelpalette.h"
#include "risklevel.h"

#include <QStringList>

namespace riskatlas::html
{

// Building blocks of the report's rich text (the Qt HTML subset QTextDocument lays out).

QString esc(const QString &text);
QString cell(const QString &text, const QString &attributes = QString());
QString headerRow(const QStringList &headers);
QString tableStart();
/**
 * A table of \a rows (each "<tr>…</tr>") under \a headers, cut into tables of at most
 * \a rowsPerTable rows, each with the header row again. QTextDocument draws every page by walking
 * all the rows of a table that page shows: one table of thousands of rows made a 100,000-unit
 * report quadratic (minutes); tables of about a page keep it linear, and every page has its
 * header row.
 */
QString table(const QStringList &headers, const QStringList &rows, int rowsPerTable = 40);
//! A cell filled with the level's colour in \a palette and named in the report's language.
QString levelCell(RiskLevel level, const QString &language,
                  const LevelPalette &palette = LevelPalette());
//! A score or factor value without trailing zeros.
QString number(double value);
QString paragraph(const QString &text);

} // namespace riskatlas::html
