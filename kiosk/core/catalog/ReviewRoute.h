#pragma once

#include "kiosk/core/Rejection.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// The outcome of asking a route to move: the new state, or why the move is refused.
struct RouteStep
{
    std::string state;
    std::optional<Rejection> rejection;

    [[nodiscard]] bool ok() const { return !rejection.has_value(); }
};

// A review route (institution / recognition / appraisal) as a state machine loaded from
// catalog/routes/*.json. Pure data + lookups: who may fire an event and when timers fire
// is the gateway's business; this class only says which moves exist.
class ReviewRoute
{
public:
    struct Group
    {
        std::string id;
        std::string label; // 未提交 / 未审核 / 通过 / 未通过 …
    };
    struct State
    {
        std::string id;
        std::string label;
        std::string group;
        bool editable = false; // the filing may be edited (draft, rejected, withdrawn)
        bool terminal = false;
    };
    struct Transition
    {
        std::string from;
        std::string event;
        std::string to;
        std::string actor;                // institution / employer / agency / applicant / system
        std::optional<int> afterHours;    // fired by the system this long after entering `from`
        bool opinionRequired = false;     // a reviewer's opinion (审核意见) must accompany it
        std::string conclusionDictionary; // the event carries a conclusion code from this list
    };

    ReviewRoute() = default;
    ReviewRoute(std::string id, std::string label, std::string initial, std::vector<Group> groups,
                std::vector<State> states, std::vector<Transition> transitions);

    [[nodiscard]] const std::string &id() const { return id_; }
    [[nodiscard]] const std::string &label() const { return label_; }
    [[nodiscard]] const std::string &initialState() const { return initial_; }
    [[nodiscard]] const std::vector<Group> &groups() const { return groups_; }
    [[nodiscard]] const std::vector<State> &states() const { return states_; }
    [[nodiscard]] const std::vector<Transition> &transitions() const { return transitions_; }

    [[nodiscard]] const State *state(const std::string &stateId) const;
    [[nodiscard]] const Group *displayGroup(const std::string &stateId) const;
    [[nodiscard]] const Transition *transition(const std::string &from, const std::string &event) const;
    [[nodiscard]] std::vector<const Transition *> transitionsFrom(const std::string &stateId) const;
    // The system-fired moves out of a state (e.g. employer_timeout after 24 h).
    [[nodiscard]] std::vector<const Transition *> timeoutsFrom(const std::string &stateId) const;

    // Codes: route.unknown_state, route.terminal_state, route.invalid_transition.
    [[nodiscard]] RouteStep next(const std::string &stateId, const std::string &event) const;

    std::string sourceFile; // catalog-relative path it was loaded from

private:
    std::string id_;
    std::string label_;
    std::string initial_;
    std::vector<Group> groups_;
    std::vector<State> states_;
    std::vector<Transition> transitions_;
};

} // namespace kiosk::core
