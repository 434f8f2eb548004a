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
//! A cell filled with the level's colour in \a palette and named in the report's language.
QString levelCell(RiskLevel level, const QString &language,
                  const LevelPalette &palette = LevelPalette());
//! A score or factor value without trailing zeros.
QString number(double value);
QString paragraph(const QString &text);

} // namespace riskatlas::html
