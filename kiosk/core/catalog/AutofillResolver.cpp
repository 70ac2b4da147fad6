#include "kiosk/core/catalog/AutofillResolver.h"

namespace kiosk::core {

namespace {
const nlohmann::json *lookup(const nlohmann::json &context, const std::string &path)
{
    const nlohmann::json *node = &context;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto dot = path.find('.', start);
        const auto key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object())
            return nullptr;
        const auto found = node->find(key);
        if (found == node->end())
            return nullptr;
        node = &*found;
        if (dot == std::string::npos)
            return node;
        start = dot + 1;
    }
    return nullptr;
}
} // namespace

nlohmann::json AutofillResolver::resolve(const BusinessDefinition &business, const nlohmann::json &context)
{
    auto values = nlohmann::json::object();
    for (const auto &field : business.fields) {
        if (field.autofill.empty())
            continue;
        const auto *value = lookup(context, field.autofill);
        if (value && (value->is_string() || value->is_array()))
            values[field.id] = *value;
    }
    return values;
}

} // namespace kiosk::core
