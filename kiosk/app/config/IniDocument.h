#pragma once
#include "kiosk/core/Result.h"

#include <QList>
#include <QString>

namespace kiosk::app {

// A parsed INI text: sections of `key = value` lines, each remembered with its line number
// so errors can point at it. Comments are whole lines starting with '#' or ';' (values may
// contain '#', as URLs do). No escapes and no list splitting: values are taken verbatim.
class IniDocument
{
public:
    struct Entry
    {
        QString section;
        QString key;
        QString value;
        int line = 0;
    };

    static Result<IniDocument> parse(const QString &text);

    const QList<Entry> &entries() const { return m_entries; }
    const QList<QString> &sections() const { return m_sections; }

private:
    QList<Entry> m_entries;
    QList<QString> m_sections;
};

} // namespace kiosk::app
