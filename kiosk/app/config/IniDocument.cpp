#include "kiosk/app/config/IniDocument.h"

#include <QStringList>

namespace kiosk::app {

namespace {
Error syntaxError(int line, const QString &what)
{
    return Error{"config.syntax", QStringLiteral("配置错误：第 %1 行%2").arg(line).arg(what).toStdString()};
}
} // namespace

Result<IniDocument> IniDocument::parse(const QString &text)
{
    IniDocument document;
    QString section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        const QString line = lines[index].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return syntaxError(lineNumber,
                                   QStringLiteral("的节名应写成 [名称]，实际为 \"%1\"").arg(line));
            section = line.mid(1, line.size() - 2).trimmed();
            if (!document.m_sections.contains(section))
                document.m_sections.append(section);
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return syntaxError(lineNumber, QStringLiteral("应为 \"键 = 值\"，实际为 \"%1\"").arg(line));
        if (section.isEmpty())
            return syntaxError(
                lineNumber,
                QStringLiteral("的键 \"%1\" 不在任何节 [名称] 之下").arg(line.left(equals).trimmed()));
        Entry entry{section, line.left(equals).trimmed(), line.mid(equals + 1).trimmed(), lineNumber};
        for (const Entry &earlier : document.m_entries) {
            if (earlier.section == entry.section && earlier.key == entry.key)
                return syntaxError(lineNumber, QStringLiteral("重复设置 [%1] %2（第 %3 行已设置）")
                                                   .arg(entry.section, entry.key)
                                                   .arg(earlier.line));
        }
        document.m_entries.append(entry);
    }
    return document;
}

} // namespace kiosk::app
