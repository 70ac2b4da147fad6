#include "kiosk/core/catalog/ReviewRoute.h"

namespace kiosk::core {

ReviewRoute::ReviewRoute(std::string id, std::string label, std::string initial, std::vector<Group> groups,
                         std::vector<State> states, std::vector<Transition> transitions)
    : id_(std::move(id)), label_(std::move(label)), initial_(std::move(initial)), groups_(std::move(groups)),
      states_(std::move(states)), transitions_(std::move(transitions))
{}

const ReviewRoute::State *ReviewRoute::state(const std::string &stateId) const
{
    for (const auto &candidate : states_)
        if (candidate.id == stateId)
            return &candidate;
    return nullptr;
}

const ReviewRoute::Group *ReviewRoute::displayGroup(const std::string &stateId) const
{
    const auto *found = state(stateId);
    if (!found)
        return nullptr;
    for (const auto &group : groups_)
        if (group.id == found->group)
            return &group;
    return nullptr;
}

const ReviewRoute::Transition *ReviewRoute::transition(const std::string &from,
                                                       const std::string &event) const
{
    for (const auto &candidate : transitions_)
        if (candidate.from == from && candidate.event == event)
            return &candidate;
    return nullptr;
}

std::vector<const ReviewRoute::Transition *> ReviewRoute::transitionsFrom(const std::string &stateId) const
{
    std::vector<const Transition *> out;
    for (const auto &candidate : transitions_)
        if (candidate.from == stateId)
            out.push_back(&candidate);
    return out;
}

std::vector<const ReviewRoute::Transition *> ReviewRoute::timeoutsFrom(const std::string &stateId) const
{
    std::vector<const Transition *> out;
    for (const auto *candidate : transitionsFrom(stateId))
        if (candidate->afterHours)
            out.push_back(candidate);
    return out;
}

RouteStep ReviewRoute::next(const std::string &stateId, const std::string &event) const
{
    const auto *current = state(stateId);
    if (!current)
        return {stateId, Rejection{"route.unknown_state", "审核流程「" + label_ + "」中没有状态 " + stateId}};
    if (const auto *move = transition(stateId, event))
        return {move->to, std::nullopt};
    if (current->terminal)
        return {stateId, Rejection{"route.terminal_state",
                                   "业务已处于终结状态「" + current->label + "」，不能再执行 " + event}};
    return {stateId, Rejection{"route.invalid_transition",
                               "业务处于「" + current->label + "」状态，不能执行 " + event}};
}

} // namespace kiosk::core
