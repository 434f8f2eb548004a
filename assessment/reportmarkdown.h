#pragma once

#include "reportdocument.h"

#include <QMap>

namespace riskatlas
{

/**
 * The report document as pandoc Markdown: a YAML title block, ATX headings (annexes
 * unnumbered), pipe tables with aligned columns and caption lines, level cells as spans styled
 * "Level Major"… (a character style in DOCX, a class in HTML), figures as captioned images
 * from \a figureFiles (figure id → image file; figures without a file are left out) and page
 * breaks as raw OpenXML, OpenDocument and HTML blocks (pandoc keeps the one of its output).
 */
QString renderReportMarkdown(const ReportDocument &document,
                             const QMap<QString, QString> &figureFiles);

//! \a text with the characters Markdown would read as markup backslash-escaped.
QString escapeMarkdown(const QString &text);

} // namespace riskatlas
