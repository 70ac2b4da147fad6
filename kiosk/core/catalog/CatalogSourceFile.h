#pragma once

#include <string>

namespace kiosk::core {

// One catalog file handed to the loader: its path relative to the catalog root, with '/'
// separators ("businesses/rehabilitation.json"), and its text. Comes from the embedded set
// (kiosk::catalog::embeddedCatalogFiles) or from a directory on disk.
struct CatalogSourceFile
{
    std::string path;
    std::string text;
};

} // namespace kiosk::core
