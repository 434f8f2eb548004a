#pragma once

#include <QList>
#include <QStringList>

namespace riskatlas
{

/**
 * Writes a table as the workbench shows it (a header row, then the rows) to a CSV the analyst
 * can open in Excel or print: UTF-8 with BOM, CRLF, quoted where needed, formula-like cells
 * neutralised; written atomically. False with \a error when it cannot be written.
 */
bool writeTableCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                   QString *error);

} // namespace riskatlas
