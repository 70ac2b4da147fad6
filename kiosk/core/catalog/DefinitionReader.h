#pragma once

#include "kiosk/core/catalog/CatalogLoadResult.h"
#include "kiosk/core/catalog/Condition.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// Reads typed values out of one catalog file's JSON, recording a CatalogError (file +
// location) for anything missing, mistyped or unknown instead of throwing.
class DefinitionReader
{
public:
    DefinitionReader(std::string file, std::vector<CatalogError> &errors);

    void error(const std::string &location, const std::string &code, const std::string &message);
    [[nodiscard]] const std::string &file() const { return file_; }
    [[nodiscard]] std::size_t errorCount() const { return errors_.size(); }

    // Rejects keys outside `allowed`, so a misspelt "requierd" is an error, not ignored.
    void checkKeys(const nlohmann::json &object, std::initializer_list<std::string_view> allowed,
                   const std::string &location);
    bool isObject(const nlohmann::json &value, const std::string &location);

    std::string requiredString(const nlohmann::json &object, const char *key, const std::string &location);
    std::string optionalString(const nlohmann::json &object, const char *key, const std::string &location);
    bool optionalBool(const nlohmann::json &object, const char *key, const std::string &location);
    std::optional<double> optionalNumber(const nlohmann::json &object, const char *key,
                                         const std::string &location);
    std::optional<std::size_t> optionalCount(const nlohmann::json &object, const char *key,
                                             const std::string &location);
    std::optional<Condition> optionalCondition(const nlohmann::json &object, const char *key,
                                               const std::string &location);
    // An array under `key` (an error and an empty array when absent or not an array).
    const nlohmann::json &requiredArray(const nlohmann::json &object, const char *key,
                                        const std::string &location);

private:
    std::string file_;
    std::vector<CatalogError> &errors_;
};

} // namespace kiosk::core
