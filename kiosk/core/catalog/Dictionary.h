#pragma once

#include <string>
#include <vector>

namespace kiosk::core {

// A code list (性别, 就诊类型, 辅助器具目录 …). Filings store codes; the UI shows labels.
class Dictionary
{
public:
    struct Entry
    {
        std::string code;
        std::string label;
    };

    Dictionary(std::string id, std::string label, std::vector<Entry> entries);

    [[nodiscard]] const std::string &id() const { return id_; }
    [[nodiscard]] const std::string &label() const { return label_; }
    [[nodiscard]] const std::vector<Entry> &entries() const { return entries_; }
    [[nodiscard]] bool contains(const std::string &code) const;
    // The label of `code`, or nullptr when the code is not in the list.
    [[nodiscard]] const std::string *labelOf(const std::string &code) const;
    // Entries whose code or label contains `text` (the 辅助器具 fuzzy search).
    [[nodiscard]] std::vector<Entry> search(const std::string &text) const;

private:
    std::string id_;
    std::string label_;
    std::vector<Entry> entries_;
};

} // namespace kiosk::core
