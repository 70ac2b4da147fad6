#pragma once

#include <string>
#include <vector>

namespace kiosk::core {

// A material type whose page count is outside its allowed range.
struct MaterialShortfall
{
    std::string type;
    std::string label;
    int count = 0;
    int min = 0;
    int max = 0;
};

// Materials completeness for one filing: complete (green) when nothing is missing or in
// excess; otherwise orange, with the list of what to photograph.
struct MaterialsStatus
{
    std::vector<MaterialShortfall> missing; // applicable, fewer pages than required
    std::vector<MaterialShortfall> excess;  // more pages than allowed
    std::vector<std::string> notApplicable; // pages of a type the current answers do not ask for
    std::vector<std::string> unknownTypes;  // pages of a type the business does not define

    [[nodiscard]] bool complete() const { return missing.empty() && excess.empty() && unknownTypes.empty(); }
};

} // namespace kiosk::core
