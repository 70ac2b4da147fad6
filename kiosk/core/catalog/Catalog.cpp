#include "kiosk/core/catalog/Catalog.h"

namespace kiosk::core {

const BusinessDefinition *Catalog::business(const std::string &id) const
{
    for (const auto &candidate : businesses_)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

const Dictionary *Catalog::dictionary(const std::string &id) const
{
    for (const auto &candidate : dictionaries_)
        if (candidate.id() == id)
            return &candidate;
    return nullptr;
}

const ReviewRoute *Catalog::route(const std::string &id) const
{
    for (const auto &candidate : routes_)
        if (candidate.id() == id)
            return &candidate;
    return nullptr;
}

} // namespace kiosk::core
