#include "kiosk/core/filing/CanonicalFiling.h"

#include "kiosk/core/filing/CanonicalJson.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace kiosk::core {

namespace {

bool isLowercaseSha256Hex(const std::string &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool isAllowedFieldValue(const nlohmann::json &value)
{
    if (value.is_string())
        return true;
    if (!value.is_array())
        return false;
    const bool allStrings =
        std::all_of(value.begin(), value.end(), [](const auto &e) { return e.is_string(); });
    const bool allObjects =
        std::all_of(value.begin(), value.end(), [](const auto &e) { return e.is_object(); });
    return allStrings || allObjects;
}

Rejection missing(const std::string &member, const std::string &label)
{
    return {"filing.missing_" + member, "申请缺少" + label + "，无法生成规范编码"};
}

std::vector<FilingMaterial> sortedMaterials(std::vector<FilingMaterial> materials)
{
    std::sort(materials.begin(), materials.end(), [](const auto &a, const auto &b) {
        return std::tie(a.type, a.order) < std::tie(b.type, b.order);
    });
    return materials;
}

} // namespace

std::optional<Rejection> CanonicalFiling::validate(const Filing &filing)
{
    if (filing.business.empty())
        return missing("business", "业务类型");
    if (filing.catalogVersion.empty())
        return missing("catalog_version", "业务目录版本");
    if (filing.workerId.empty())
        return missing("worker_id", "职工身份证号");
    if (filing.idempotencyKey.empty())
        return missing("idempotency_key", "幂等键");
    if (!filing.fields.is_object())
        return Rejection{"filing.fields_not_object", "申请的填报内容必须是以字段标识为键的对象"};
    for (const auto &[field, value] : filing.fields.items()) {
        if (!isAllowedFieldValue(value))
            return Rejection{"filing.field_value_type",
                             "字段“" + field + "”的值必须是文本、文本列表或对象列表"};
    }
    std::set<std::pair<std::string, std::int64_t>> seen;
    for (const auto &material : filing.materials) {
        if (material.type.empty())
            return missing("material_type", "材料类型");
        if (material.order < 1)
            return Rejection{"filing.material_order", "材料“" + material.type + "”的序号必须从 1 开始"};
        if (!isLowercaseSha256Hex(material.sha256))
            return Rejection{"filing.material_sha256",
                             "材料“" + material.type + "”的摘要必须是 64 位小写十六进制 SHA-256"};
        if (!seen.emplace(material.type, material.order).second)
            return Rejection{"filing.material_duplicate",
                             "材料“" + material.type + "”的序号 " + std::to_string(material.order) + " 重复"};
    }
    return std::nullopt;
}

nlohmann::json CanonicalFiling::toJson(const Filing &filing)
{
    nlohmann::json materials = nlohmann::json::array();
    for (const auto &material : sortedMaterials(filing.materials))
        materials.push_back(
            {{"type", material.type}, {"order", material.order}, {"sha256", material.sha256}});
    return {{"business", filing.business},
            {"catalogVersion", filing.catalogVersion},
            {"workerId", filing.workerId},
            {"injuryRecordId", filing.injuryRecordId},
            {"fields", filing.fields},
            {"materials", std::move(materials)},
            {"idempotencyKey", filing.idempotencyKey}};
}

CanonicalFiling::Parsed CanonicalFiling::fromJson(const nlohmann::json &json)
{
    const auto malformed = [](const std::string &member) {
        return Parsed{std::nullopt, Rejection{"filing.malformed",
                                              "申请数据格式不正确：成员“" + member + "”缺失或类型不符"}};
    };
    if (!json.is_object())
        return malformed("$");
    Filing filing;
    const std::pair<const char *, std::string *> texts[] = {{"business", &filing.business},
                                                            {"catalogVersion", &filing.catalogVersion},
                                                            {"workerId", &filing.workerId},
                                                            {"injuryRecordId", &filing.injuryRecordId},
                                                            {"idempotencyKey", &filing.idempotencyKey}};
    for (const auto &[name, target] : texts) {
        const auto it = json.find(name);
        if (it == json.end() || !it->is_string())
            return malformed(name);
        *target = it->get<std::string>();
    }
    const auto fields = json.find("fields");
    if (fields == json.end() || !fields->is_object())
        return malformed("fields");
    filing.fields = *fields;
    const auto materials = json.find("materials");
    if (materials == json.end() || !materials->is_array())
        return malformed("materials");
    for (const auto &m : *materials) {
        if (!m.is_object() || !m.contains("type") || !m["type"].is_string() || !m.contains("order") ||
            !m["order"].is_number_integer() || !m.contains("sha256") || !m["sha256"].is_string())
            return malformed("materials");
        filing.materials.push_back(
            {m["type"].get<std::string>(), m["order"].get<std::int64_t>(), m["sha256"].get<std::string>()});
    }
    if (auto why = validate(filing))
        return Parsed{std::nullopt, std::move(why)};
    return Parsed{std::move(filing), std::nullopt};
}

CanonicalEncoding canonicalFilingBytes(const Filing &filing)
{
    if (auto why = CanonicalFiling::validate(filing))
        return CanonicalEncoding::failure(std::move(*why));
    return CanonicalJson::canonicalize(CanonicalFiling::toJson(filing));
}

} // namespace kiosk::core
