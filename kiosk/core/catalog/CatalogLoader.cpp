#include "kiosk/core/catalog/CatalogLoader.h"

#include "kiosk/core/catalog/BusinessParser.h"
#include "kiosk/core/catalog/DefinitionReader.h"
#include "kiosk/core/catalog/ReviewRouteParser.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kiosk::core {

namespace {

struct ParsedFile
{
    std::string path;
    nlohmann::json json;
};

bool under(const std::string &path, const char *folder)
{
    return path.rfind(folder, 0) == 0 && path.size() > 5 && path.ends_with(".json");
}

std::optional<Dictionary> parseDictionary(DefinitionReader &reader, const nlohmann::json &document)
{
    const auto errorsBefore = reader.errorCount();
    if (!reader.isObject(document, ""))
        return std::nullopt;
    reader.checkKeys(document, {"id", "label", "entries"}, "");
    auto id = reader.requiredString(document, "id", "");
    auto label = reader.requiredString(document, "label", "");
    std::vector<Dictionary::Entry> entries;
    const auto &list = reader.requiredArray(document, "entries", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto location = "条目 #" + std::to_string(i + 1);
        if (!reader.isObject(list[i], location))
            continue;
        reader.checkKeys(list[i], {"code", "label"}, location);
        Dictionary::Entry entry{reader.requiredString(list[i], "code", location),
                                reader.requiredString(list[i], "label", location)};
        if (std::any_of(entries.begin(), entries.end(), [&](const auto &e) { return e.code == entry.code; }))
            reader.error("条目 " + entry.code, "catalog.duplicate_id", "字典代码重复");
        entries.push_back(std::move(entry));
    }
    if (list.empty())
        reader.error("", "catalog.empty_dictionary", "字典没有条目");
    if (reader.errorCount() != errorsBefore)
        return std::nullopt;
    return Dictionary(std::move(id), std::move(label), std::move(entries));
}

} // namespace

CatalogLoadResult CatalogLoader::load(const std::vector<CatalogSourceFile> &files)
{
    CatalogLoadResult result;
    auto &errors = result.errors;
    std::vector<ParsedFile> dictionaryFiles, routeFiles, businessFiles;
    const ParsedFile *manifest = nullptr;
    std::vector<ParsedFile> manifests;
    for (const auto &file : files) {
        auto json = nlohmann::json::parse(file.text, nullptr, false);
        if (json.is_discarded()) {
            errors.push_back({file.path, "", "catalog.bad_json", "不是有效的 JSON"});
            continue;
        }
        ParsedFile parsed{file.path, std::move(json)};
        if (file.path == "catalog.json")
            manifests.push_back(std::move(parsed));
        else if (under(file.path, "dictionaries/"))
            dictionaryFiles.push_back(std::move(parsed));
        else if (under(file.path, "routes/"))
            routeFiles.push_back(std::move(parsed));
        else if (under(file.path, "businesses/"))
            businessFiles.push_back(std::move(parsed));
        else
            errors.push_back({file.path, "", "catalog.unexpected_file",
                              "不在 dictionaries/、routes/、businesses/ 之下，也不是 catalog.json"});
    }
    Catalog catalog;
    if (!manifests.empty())
        manifest = &manifests.front();
    if (!manifest) {
        errors.push_back({"catalog.json", "", "catalog.missing_manifest", "缺少目录清单 catalog.json"});
    } else {
        DefinitionReader reader(manifest->path, errors);
        if (reader.isObject(manifest->json, "")) {
            reader.checkKeys(manifest->json, {"version", "name", "formatVersion"}, "");
            catalog.version_ = reader.requiredString(manifest->json, "version", "");
            catalog.name_ = reader.optionalString(manifest->json, "name", "");
            const auto format = manifest->json.find("formatVersion");
            if (format != manifest->json.end() && (!format->is_number_integer() || format->get<int>() != 1))
                reader.error("formatVersion", "catalog.format_version", "不支持的目录格式版本");
        }
    }
    try {
        const auto duplicate = [&](const std::string &file, const char *what, const std::string &id) {
            errors.push_back(
                {file, "", "catalog.duplicate_id", std::string(what) + " id " + id + " 与其他文件重复"});
        };
        for (const auto &file : dictionaryFiles) {
            DefinitionReader reader(file.path, errors);
            if (auto dictionary = parseDictionary(reader, file.json)) {
                if (catalog.dictionary(dictionary->id()))
                    duplicate(file.path, "字典", dictionary->id());
                else
                    catalog.dictionaries_.push_back(std::move(*dictionary));
            }
        }
        for (const auto &file : routeFiles) {
            DefinitionReader reader(file.path, errors);
            if (auto route = ReviewRouteParser(reader, catalog.dictionaries_).parse(file.json)) {
                if (catalog.route(route->id()))
                    duplicate(file.path, "审核流程", route->id());
                else
                    catalog.routes_.push_back(std::move(*route));
            }
        }
        for (const auto &file : businessFiles) {
            DefinitionReader reader(file.path, errors);
            if (auto business =
                    BusinessParser(reader, catalog.dictionaries_, catalog.routes_).parse(file.json)) {
                if (catalog.business(business->id))
                    duplicate(file.path, "业务", business->id);
                else
                    catalog.businesses_.push_back(std::move(*business));
            }
        }
    } catch (const std::exception &failure) {
        // Only a defect in the loader itself gets here; report it rather than crash the caller.
        errors.push_back({"", "", "catalog.internal", std::string("目录加载内部错误：") + failure.what()});
    }
    if (errors.empty())
        result.catalog = std::move(catalog);
    return result;
}

CatalogLoadResult CatalogLoader::loadDirectory(const std::filesystem::path &root)
{
    std::vector<CatalogSourceFile> files;
    std::error_code failure;
    std::filesystem::recursive_directory_iterator it(root, failure), end;
    if (failure) {
        CatalogLoadResult result;
        result.errors.push_back(
            {root.string(), "", "catalog.unreadable", "无法读取目录：" + failure.message()});
        return result;
    }
    for (; it != end; it.increment(failure)) {
        if (failure)
            break;
        if (!it->is_regular_file(failure) || it->path().extension() != ".json")
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        files.push_back({it->path().lexically_relative(root).generic_string(), text.str()});
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    return load(files);
}

} // namespace kiosk::core
