#pragma once

#include "kiosk/core/catalog/BusinessDefinition.h"
#include "kiosk/core/catalog/DefinitionReader.h"
#include "kiosk/core/catalog/Dictionary.h"
#include "kiosk/core/catalog/ReviewRoute.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace kiosk::core {

// Builds a BusinessDefinition from one businesses/*.json document and checks everything it
// refers to: field types, dictionaries, routes, condition fields, rule fields, duplicates.
class BusinessParser
{
public:
    BusinessParser(DefinitionReader &reader, const std::vector<Dictionary> &dictionaries,
                   const std::vector<ReviewRoute> &routes);

    // nullopt when any error was recorded for this file.
    std::optional<BusinessDefinition> parse(const nlohmann::json &document);

private:
    FieldDefinition parseField(const nlohmann::json &json, const std::string &location, bool isColumn);
    void parseFieldLimits(const nlohmann::json &json, const std::string &location, FieldDefinition &field);
    void checkFieldReferences(const FieldDefinition &field, const std::string &location);
    void parseRules(const nlohmann::json &document, BusinessDefinition &business);
    void parseMaterials(const nlohmann::json &document, BusinessDefinition &business);
    void checkDocumentTypeField(const FieldDefinition &field, const BusinessDefinition &business,
                                const std::string &location);
    void checkConditionFields(const std::optional<Condition> &condition, const BusinessDefinition &business,
                              const std::string &location, const char *key);

    DefinitionReader &reader_;
    const std::vector<Dictionary> &dictionaries_;
    const std::vector<ReviewRoute> &routes_;
};

} // namespace kiosk::core
