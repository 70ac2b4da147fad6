#include "catalog/EmbeddedCatalog.h"

#include "kiosk/core/catalog/CatalogLoader.h"

namespace kiosk::catalog {

kiosk::core::CatalogLoadResult loadEmbeddedCatalog()
{
    std::vector<kiosk::core::CatalogSourceFile> files;
    for (const auto &file : embeddedCatalogFiles())
        files.push_back({std::string(file.path), std::string(file.contents)});
    return kiosk::core::CatalogLoader::load(files);
}

} // namespace kiosk::catalog
