#include "kiosk/core/catalog/Dictionary.h"

namespace kiosk::core {

Dictionary::Dictionary(std::string id, std::string label, std::vector<Entry> entries)
    : id_(std::move(id)), label_(std::move(label)), entries_(std::move(entries))
{}

bool Dictionary::contains(const std::string &code) const
{
    return labelOf(code) != nullptr;
}

const std::string *Dictionary::labelOf(const std::string &code) const
{
    for (const auto &entry : entries_)
        if (entry.code == code)
            return &entry.label;
    return nullptr;
}

std::vector<Dictionary::Entry> Dictionary::search(const std::string &text) const
{
    std::vector<Entry> found;
    for (const auto &entry : entries_)
        if (entry.code.find(text) != std::string::npos || entry.label.find(text) != std::string::npos)
            found.push_back(entry);
    return found;
}

} // namespace kiosk::core
