#pragma once

#include "catalog/EmbeddedCatalog.h"
#include "kiosk/core/catalog/Catalog.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace kiosk::core::catalog_test {

// The real embedded catalog, loaded once; tests fail loudly if it does not load.
inline const Catalog &embeddedCatalog()
{
    static const CatalogLoadResult loaded = kiosk::catalog::loadEmbeddedCatalog();
    if (!loaded.ok()) {
        std::string all;
        for (const auto &error : loaded.errors)
            all += error.text() + "\n";
        throw std::runtime_error("embedded catalog failed to load:\n" + all);
    }
    return *loaded.catalog;
}

inline const BusinessDefinition &business(const std::string &id)
{
    const auto *found = embeddedCatalog().business(id);
    if (!found)
        throw std::runtime_error("no business " + id);
    return *found;
}

} // namespace kiosk::core::catalog_test
