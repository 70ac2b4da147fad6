#pragma once

#include "kiosk/core/catalog/CatalogLoadResult.h"
#include "kiosk/core/catalog/CatalogSourceFile.h"

#include <filesystem>
#include <vector>

namespace kiosk::core {

// Turns catalog files into a checked Catalog. Files are recognised by path: `catalog.json`
// (the manifest with the version), `dictionaries/*.json`, `routes/*.json`, `businesses/*.json`.
// Every defect is reported (file + location); nothing throws past this API.
class CatalogLoader
{
public:
    static CatalogLoadResult load(const std::vector<CatalogSourceFile> &files);
    // Reads every *.json below `root` (for tests and operators trying a catalog change).
    static CatalogLoadResult loadDirectory(const std::filesystem::path &root);
};

} // namespace kiosk::core
