#include "kiosk/core/catalog/DefinitionReader.h"

#include <algorithm>

namespace kiosk::core {

namespace {
const nlohmann::json &emptyArray()
{
    static const nlohmann::json empty = nlohmann::json::array();
    return empty;
}
} // namespace

DefinitionReader::DefinitionReader(std::string file, std::vector<CatalogError> &errors)
    : file_(std::move(file)), errors_(errors)
{}

void DefinitionReader::error(const std::string &location, const std::string &code, const std::string &message)
{
    errors_.push_back({file_, location, code, message});
}

void DefinitionReader::checkKeys(const nlohmann::json &object,
                                 std::initializer_list<std::string_view> allowed, const std::string &location)
{
    if (!object.is_object())
        return;
    for (const auto &item : object.items())
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
            error(location, "catalog.unknown_key", "未知的键 " + item.key());
}

bool DefinitionReader::isObject(const nlohmann::json &value, const std::string &location)
{
    if (value.is_object())
        return true;
    error(location, "catalog.not_object", "应为 JSON 对象");
    return false;
}

std::string DefinitionReader::requiredString(const nlohmann::json &object, const char *key,
                                             const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string() || found->get_ref<const std::string &>().empty()) {
        error(location, "catalog.missing_key", std::string("缺少非空字符串 ") + key);
        return {};
    }
    return found->get<std::string>();
}

std::string DefinitionReader::optionalString(const nlohmann::json &object, const char *key,
                                             const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end())
        return {};
    if (!found->is_string()) {
        error(location, "catalog.wrong_type", std::string(key) + " 必须是字符串");
        return {};
    }
    return found->get<std::string>();
}

bool DefinitionReader::optionalBool(const nlohmann::json &object, const char *key,
                                    const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end())
        return false;
    if (!found->is_boolean()) {
        error(location, "catalog.wrong_type", std::string(key) + " 必须是 true 或 false");
        return false;
    }
    return found->get<bool>();
}

std::optional<double> DefinitionReader::optionalNumber(const nlohmann::json &object, const char *key,
                                                       const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end())
        return std::nullopt;
    if (!found->is_number()) {
        error(location, "catalog.wrong_type", std::string(key) + " 必须是数字");
        return std::nullopt;
    }
    return found->get<double>();
}

std::optional<std::size_t> DefinitionReader::optionalCount(const nlohmann::json &object, const char *key,
                                                           const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end())
        return std::nullopt;
    if (!found->is_number_unsigned()) {
        error(location, "catalog.wrong_type", std::string(key) + " 必须是非负整数");
        return std::nullopt;
    }
    return found->get<std::size_t>();
}

std::optional<Condition> DefinitionReader::optionalCondition(const nlohmann::json &object, const char *key,
                                                             const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end())
        return std::nullopt;
    std::string why;
    auto condition = Condition::parse(*found, why);
    if (!condition)
        error(location, "catalog.bad_condition", std::string(key) + " 条件无效：" + why);
    return condition;
}

const nlohmann::json &DefinitionReader::requiredArray(const nlohmann::json &object, const char *key,
                                                      const std::string &location)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array()) {
        error(location, "catalog.missing_key", std::string("缺少数组 ") + key);
        return emptyArray();
    }
    return *found;
}

} // namespace kiosk::core
