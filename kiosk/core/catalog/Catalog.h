#pragma once

#include "kiosk/core/catalog/BusinessDefinition.h"
#include "kiosk/core/catalog/Dictionary.h"
#include "kiosk/core/catalog/ReviewRoute.h"

#include <string>
#include <vector>

namespace kiosk::core {

// The loaded business catalog: every business, dictionary and review route, and the catalog
// version each filing records. Immutable once CatalogLoader has built and checked it, so every
// cross-reference (business → route, field → dictionary) is known to resolve.
class Catalog
{
public:
    [[nodiscard]] const std::string &version() const { return version_; }
    [[nodiscard]] const std::string &name() const { return name_; }
    [[nodiscard]] const std::vector<BusinessDefinition> &businesses() const { return businesses_; }
    [[nodiscard]] const std::vector<Dictionary> &dictionaries() const { return dictionaries_; }
    [[nodiscard]] const std::vector<ReviewRoute> &routes() const { return routes_; }

    // nullptr when absent.
    [[nodiscard]] const BusinessDefinition *business(const std::string &id) const;
    [[nodiscard]] const Dictionary *dictionary(const std::string &id) const;
    [[nodiscard]] const ReviewRoute *route(const std::string &id) const;
    [[nodiscard]] const ReviewRoute *routeOf(const BusinessDefinition &business) const
    {
        return route(business.route);
    }

private:
    friend class CatalogLoader;

    std::string version_;
    std::string name_;
    std::vector<BusinessDefinition> businesses_;
    std::vector<Dictionary> dictionaries_;
    std::vector<ReviewRoute> routes_;
};

} // namespace kiosk::core
