#pragma once

#include "kiosk/core/catalog/DefinitionReader.h"
#include "kiosk/core/catalog/Dictionary.h"
#include "kiosk/core/catalog/ReviewRoute.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace kiosk::core {

// Builds a ReviewRoute from one routes/*.json document, checking that every state, group,
// transition end and conclusion dictionary it names exists and that ids are unique.
class ReviewRouteParser
{
public:
    ReviewRouteParser(DefinitionReader &reader, const std::vector<Dictionary> &dictionaries);

    // nullopt when any error was recorded for this file.
    std::optional<ReviewRoute> parse(const nlohmann::json &document);

private:
    std::vector<ReviewRoute::Group> parseGroups(const nlohmann::json &document);
    std::vector<ReviewRoute::State> parseStates(const nlohmann::json &document,
                                                const std::vector<ReviewRoute::Group> &groups);
    std::vector<ReviewRoute::Transition> parseTransitions(const nlohmann::json &document,
                                                          const std::vector<ReviewRoute::State> &states);

    DefinitionReader &reader_;
    const std::vector<Dictionary> &dictionaries_;
};

} // namespace kiosk::core
