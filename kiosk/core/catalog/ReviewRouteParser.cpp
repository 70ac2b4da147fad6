#include "kiosk/core/catalog/ReviewRouteParser.h"

#include <algorithm>
#include <set>

namespace kiosk::core {

namespace {
template <typename Item> bool hasId(const std::vector<Item> &items, const std::string &id)
{
    return std::any_of(items.begin(), items.end(), [&](const Item &item) { return item.id == id; });
}
} // namespace

ReviewRouteParser::ReviewRouteParser(DefinitionReader &reader, const std::vector<Dictionary> &dictionaries)
    : reader_(reader), dictionaries_(dictionaries)
{}

std::optional<ReviewRoute> ReviewRouteParser::parse(const nlohmann::json &document)
{
    const auto errorsBefore = reader_.errorCount();
    if (!reader_.isObject(document, ""))
        return std::nullopt;
    reader_.checkKeys(document, {"id", "label", "initial", "groups", "states", "transitions"}, "");
    auto id = reader_.requiredString(document, "id", "");
    auto label = reader_.requiredString(document, "label", "");
    auto initial = reader_.requiredString(document, "initial", "");
    auto groups = parseGroups(document);
    auto states = parseStates(document, groups);
    auto transitions = parseTransitions(document, states);
    if (!initial.empty() && !hasId(states, initial))
        reader_.error("initial", "catalog.unknown_state", "初始状态 " + initial + " 不存在");
    if (reader_.errorCount() != errorsBefore)
        return std::nullopt;
    ReviewRoute route(std::move(id), std::move(label), std::move(initial), std::move(groups),
                      std::move(states), std::move(transitions));
    route.sourceFile = reader_.file();
    return route;
}

std::vector<ReviewRoute::Group> ReviewRouteParser::parseGroups(const nlohmann::json &document)
{
    std::vector<ReviewRoute::Group> groups;
    const auto &list = reader_.requiredArray(document, "groups", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto location = "分组 #" + std::to_string(i + 1);
        if (!reader_.isObject(list[i], location))
            continue;
        reader_.checkKeys(list[i], {"id", "label"}, location);
        ReviewRoute::Group group{reader_.requiredString(list[i], "id", location),
                                 reader_.requiredString(list[i], "label", location)};
        if (!group.id.empty() && hasId(groups, group.id))
            reader_.error("分组 " + group.id, "catalog.duplicate_id", "分组 id 重复");
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<ReviewRoute::State> ReviewRouteParser::parseStates(const nlohmann::json &document,
                                                               const std::vector<ReviewRoute::Group> &groups)
{
    std::vector<ReviewRoute::State> states;
    const auto &list = reader_.requiredArray(document, "states", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string location = "状态 #" + std::to_string(i + 1);
        if (!reader_.isObject(list[i], location))
            continue;
        if (list[i].contains("id") && list[i]["id"].is_string())
            location = "状态 " + list[i]["id"].get<std::string>();
        reader_.checkKeys(list[i], {"id", "label", "group", "editable", "terminal"}, location);
        ReviewRoute::State state;
        state.id = reader_.requiredString(list[i], "id", location);
        state.label = reader_.requiredString(list[i], "label", location);
        state.group = reader_.requiredString(list[i], "group", location);
        state.editable = reader_.optionalBool(list[i], "editable", location);
        state.terminal = reader_.optionalBool(list[i], "terminal", location);
        if (!state.group.empty() && !hasId(groups, state.group))
            reader_.error(location, "catalog.unknown_group", "引用了不存在的显示分组 " + state.group);
        if (!state.id.empty() && hasId(states, state.id))
            reader_.error(location, "catalog.duplicate_id", "状态 id 重复");
        states.push_back(std::move(state));
    }
    return states;
}

std::vector<ReviewRoute::Transition>
ReviewRouteParser::parseTransitions(const nlohmann::json &document,
                                    const std::vector<ReviewRoute::State> &states)
{
    std::vector<ReviewRoute::Transition> transitions;
    std::set<std::pair<std::string, std::string>> seen;
    const auto &list = reader_.requiredArray(document, "transitions", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto location = "迁移 #" + std::to_string(i + 1);
        if (!reader_.isObject(list[i], location))
            continue;
        reader_.checkKeys(
            list[i],
            {"from", "event", "to", "actor", "afterHours", "opinionRequired", "conclusionDictionary"},
            location);
        ReviewRoute::Transition move;
        move.from = reader_.requiredString(list[i], "from", location);
        move.event = reader_.requiredString(list[i], "event", location);
        move.to = reader_.requiredString(list[i], "to", location);
        move.actor = reader_.requiredString(list[i], "actor", location);
        if (const auto hours = reader_.optionalCount(list[i], "afterHours", location))
            move.afterHours = static_cast<int>(*hours);
        move.opinionRequired = reader_.optionalBool(list[i], "opinionRequired", location);
        move.conclusionDictionary = reader_.optionalString(list[i], "conclusionDictionary", location);
        for (const auto *end : {&move.from, &move.to})
            if (!end->empty() && !hasId(states, *end))
                reader_.error(location, "catalog.unknown_state", "引用了不存在的状态 " + *end);
        const auto from = std::find_if(states.begin(), states.end(),
                                       [&](const ReviewRoute::State &s) { return s.id == move.from; });
        if (from != states.end() && from->terminal)
            reader_.error(location, "catalog.terminal_state", "终结状态 " + move.from + " 不能有迁移");
        if (!move.conclusionDictionary.empty() &&
            std::none_of(dictionaries_.begin(), dictionaries_.end(),
                         [&](const Dictionary &d) { return d.id() == move.conclusionDictionary; }))
            reader_.error(location, "catalog.unknown_dictionary",
                          "引用了不存在的字典 " + move.conclusionDictionary);
        if (!seen.emplace(move.from, move.event).second)
            reader_.error(location, "catalog.duplicate_transition",
                          "状态 " + move.from + " 的事件 " + move.event + " 定义了两次");
        transitions.push_back(std::move(move));
    }
    return transitions;
}

} // namespace kiosk::core
