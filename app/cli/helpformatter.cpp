#include "helpformatter.h"

#include <QCoreApplication>
#include <algorithm>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

//! Qt's own wording, as its translator (qtbase_*.qm) gives it.
QString qtText(const char *text)
{
  return QCoreApplication::translate("QCommandLineParser", text);
}

bool isWide(uint c)
{
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Chinese line-breaking rules: no line starts with closing punctuation or ends with opening.
bool isClosing(uint c)
{
  return c <= 0xFFFF && QStringLiteral("，。、；：？！）》」』】〕”’・…—．").contains(QChar(c));
}
bool isOpening(uint c)
{
  return c <= 0xFFFF && QStringLiteral("（《「『【〔“‘").contains(QChar(c));
}

//! A piece of text no line break may split, and whether a space stood before it.
struct Segment
{
  QString text;
  bool spaceBefore = false;
  bool endsWide = false;
};

QList<Segment> segments(const QString &text)
{
  QList<Segment> result;
  bool space = false;
  bool glueNext = false; // after an opening bracket: the next piece stays on its line
  for (const uint c : text.toUcs4())
  {
    if (QChar::isSpace(c))
    {
      space = true;
      continue;
    }
    const char32_t code = c;
    const QString piece = QString::fromUcs4(&code, 1);
    const bool wide = isWide(c);
    const bool asciiClosing = c < 0x80 && QStringLiteral(",.;:!?)]}").contains(QChar(c));
    const bool joinsPrevious =
        !result.isEmpty() && !space &&
        (glueNext || isClosing(c) || asciiClosing || (!wide && !result.last().endsWide));
    if (joinsPrevious)
      result.last().text += piece;
    else
      result.append({piece, space && !result.isEmpty(), false});
    result.last().endsWide = wide;
    glueNext = isOpening(c);
    space = false;
  }
  return result;
}
} // namespace

int HelpFormatter::displayWidth(const QString &text)
{
  int width = 0;
  for (const uint c : text.toUcs4())
    width += isWide(c) ? 2 : 1;
  return width;
}

QStringList HelpFormatter::wrap(const QString &text, int width, int indent)
{
  QStringList lines;
  QString line;
  int used = 0;
  for (const Segment &segment : segments(text))
  {
    const int size = displayWidth(segment.text);
    const int gap = segment.spaceBefore && used > 0 ? 1 : 0;
    const int limit = lines.isEmpty() ? width : width - indent;
    if (used > 0 && used + gap + size > limit)
    {
      lines << line;
      line.clear();
      used = 0;
    }
    if (used > 0 && gap)
    {
      line += QLatin1Char(' ');
      used += 1;
    }
    line += segment.text;
    used += size;
  }
  if (!line.isEmpty() || lines.isEmpty())
    lines << line;
  for (int i = 1; i < lines.size(); ++i)
    lines[i].prepend(QString(indent, QLatin1Char(' ')));
  return lines;
}

QString HelpFormatter::format(const QString &qtHelp, const QString &programPath,
                              const QString &commandLine, const QStringList &positionalNames)
{
  const QStringList lines = qtHelp.split(QLatin1Char('\n'));
  const QString optionsHeading = qtText("Options:");
  const QString argumentsHeading = qtText("Arguments:");
  const int optionsAt = static_cast<int>(lines.indexOf(optionsHeading));
  const int argumentsAt = static_cast<int>(lines.indexOf(argumentsHeading));
  int sectionsAt = optionsAt >= 0 ? optionsAt : argumentsAt;
  if (sectionsAt < 0)
    sectionsAt = static_cast<int>(lines.size());

  QStringList out;
  // Usage: the command instead of the executable's path.
  QString usage = lines.value(0);
  const QString qtUsage = qtText("Usage: %1").arg(programPath);
  if (usage.startsWith(qtUsage))
    usage = qtText("Usage: %1").arg(commandLine) + usage.mid(qtUsage.size());
  out << wrap(usage, Width, 2);
  // The command's description: its paragraphs, wrapped.
  for (int i = 1; i < sectionsAt; ++i)
    out << (lines.at(i).isEmpty() ? QStringList{QString()} : wrap(lines.at(i), Width));
  if (!out.last().isEmpty())
    out << QString();

  // Options: Qt pads the names to one column and wraps descriptions by characters; read each
  // entry back (names, whole description) from that layout.
  struct Entry
  {
    QString names;
    QString description;
  };
  QList<Entry> entries;
  if (optionsAt >= 0)
  {
    const int end = argumentsAt > optionsAt ? argumentsAt : static_cast<int>(lines.size());
    int descriptionColumn = -1;
    const QString helpNames = QStringLiteral("-h, --help");
    for (int i = optionsAt + 1; i < end && descriptionColumn < 0; ++i)
      if (lines.at(i).mid(2).startsWith(helpNames))
      {
        const QString &line = lines.at(i);
        descriptionColumn = 2 + static_cast<int>(helpNames.size());
        while (descriptionColumn < line.size() && line.at(descriptionColumn) == QLatin1Char(' '))
          ++descriptionColumn;
      }
    if (descriptionColumn < 0)
      return qtHelp; // not the layout this reads: show Qt's text as it is
    const int nameWidth = descriptionColumn - 3;
    const int partLimit = 79 - descriptionColumn; // Qt breaks inside a word only at this length
    bool lastPartCut = false;
    for (int i = optionsAt + 1; i < end; ++i)
    {
      const QString &line = lines.at(i);
      if (line.trimmed().isEmpty())
        continue;
      const QString names = line.mid(2, nameWidth).trimmed();
      const QString part = line.mid(descriptionColumn).trimmed();
      if (names.startsWith(QLatin1Char('-')) || entries.isEmpty())
        entries.append({names, part});
      else
      {
        entries.last().names += names;
        if (!part.isEmpty() && !entries.last().description.isEmpty() && !lastPartCut)
          entries.last().description += QLatin1Char(' ');
        entries.last().description += part;
      }
      lastPartCut = !part.contains(QLatin1Char(' ')) && part.size() >= partLimit - 2;
    }
  }
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [](const Entry &entry)
                               { return entry.names == QLatin1String("--help-all"); }),
                entries.end());
  for (Entry &entry : entries)
    if (entry.names == QLatin1String("-h, --help"))
      entry.description = Tr::tr("Displays this help.");

  if (!entries.isEmpty())
  {
    out << optionsHeading;
    int column = 0;
    for (const Entry &entry : entries)
      column = std::max(column, displayWidth(entry.names));
    column = std::min(column, 30) + 4; // two columns of indent, two of gap
    for (const Entry &entry : entries)
    {
      const QString names = QStringLiteral("  ") + entry.names;
      const int namesWidth = displayWidth(names);
      const QStringList text = wrap(entry.description, Width - column);
      int next = 0;
      if (namesWidth + 2 <= column)
      {
        QString first = names + QString(column - namesWidth, QLatin1Char(' ')) + text.value(next++);
        while (first.endsWith(QLatin1Char(' ')))
          first.chop(1);
        out << first;
      }
      else
        out << names;
      for (; next < text.size(); ++next)
        out << QString(column, QLatin1Char(' ')) + text.at(next);
    }
  }
  if (!positionalNames.isEmpty())
  {
    if (!entries.isEmpty())
      out << QString();
    out << argumentsHeading;
    for (const QString &name : positionalNames)
      out << QStringLiteral("  ") + name;
  }
  return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace riskatlas::cli
