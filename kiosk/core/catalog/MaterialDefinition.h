#pragma once

#include "kiosk/core/catalog/Condition.h"

#include <optional>
#include <string>

namespace kiosk::core {

// A kind of paper evidence photographed for a filing (诊断证明书, 门诊病历 …).
// It applies when `visibleWhen` holds (or is absent); an applicable material needs at least
// `min` pages, unless `requiredWhen` is given and does not hold, and never more than `max`.
struct MaterialDefinition
{
    std::string type;
    std::string label;
    int min = 0;
    int max = 99;
    std::optional<Condition> visibleWhen;
    std::optional<Condition> requiredWhen;
};

} // namespace kiosk::core
