#pragma once

#include "kiosk/core/catalog/CatalogLoadResult.h"

#include <span>
#include <string_view>

namespace kiosk::catalog {

// One catalog file compiled into the binary: its path relative to catalog/ and its bytes.
struct EmbeddedFile
{
    std::string_view path;     // "businesses/rehabilitation.json"
    std::string_view contents; // the file's exact bytes
};

// Every JSON file under catalog/, sorted by path (generated at build time).
std::span<const EmbeddedFile> embeddedCatalogFiles();

// The embedded catalog, loaded and checked by kiosk::core::CatalogLoader.
kiosk::core::CatalogLoadResult loadEmbeddedCatalog();

} // namespace kiosk::catalog
