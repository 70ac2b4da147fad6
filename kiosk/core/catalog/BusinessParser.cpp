#include "kiosk/core/catalog/BusinessParser.h"

#include <algorithm>
#include <regex>
#include <set>

namespace kiosk::core {

namespace {

bool knownAutofill(const std::string &source)
{
    if (source.empty() || source == "today")
        return true;
    for (const char *prefix : {"worker.", "injuryRecord.", "session."})
        if (source.rfind(prefix, 0) == 0 && source.size() > std::string_view(prefix).size())
            return true;
    return false;
}

std::string itemLocation(const char *kind, const nlohmann::json &json, std::size_t index)
{
    if (json.is_object() && json.contains("id") && json["id"].is_string())
        return std::string(kind) + " " + json["id"].get<std::string>();
    if (json.is_object() && json.contains("type") && json["type"].is_string() && std::string(kind) == "材料")
        return std::string(kind) + " " + json["type"].get<std::string>();
    return std::string(kind) + " #" + std::to_string(index + 1);
}

} // namespace

BusinessParser::BusinessParser(DefinitionReader &reader, const std::vector<Dictionary> &dictionaries,
                               const std::vector<ReviewRoute> &routes)
    : reader_(reader), dictionaries_(dictionaries), routes_(routes)
{}

std::optional<BusinessDefinition> BusinessParser::parse(const nlohmann::json &document)
{
    const auto errorsBefore = reader_.errorCount();
    if (!reader_.isObject(document, ""))
        return std::nullopt;
    reader_.checkKeys(document,
                      {"id", "title", "description", "route", "draftPolicy", "formTemplate", "fields",
                       "rules", "materials"},
                      "");
    BusinessDefinition business;
    business.sourceFile = reader_.file();
    business.id = reader_.requiredString(document, "id", "");
    business.title = reader_.requiredString(document, "title", "");
    business.description = reader_.optionalString(document, "description", "");
    business.route = reader_.requiredString(document, "route", "");
    business.formTemplate = reader_.requiredString(document, "formTemplate", "");
    const auto policy = reader_.requiredString(document, "draftPolicy", "");
    if (policy == "open_existing")
        business.draftPolicy = DraftPolicy::OpenExisting;
    else if (policy == "replace_after_confirm")
        business.draftPolicy = DraftPolicy::ReplaceAfterConfirm;
    else if (!policy.empty())
        reader_.error("draftPolicy", "catalog.unknown_draft_policy",
                      "未知的草稿策略 " + policy + "（应为 open_existing 或 replace_after_confirm）");
    if (!business.route.empty() &&
        std::none_of(routes_.begin(), routes_.end(), [&](const auto &r) { return r.id() == business.route; }))
        reader_.error("route", "catalog.unknown_route", "引用了不存在的审核流程 " + business.route);

    const auto &fields = reader_.requiredArray(document, "fields", "");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto location = itemLocation("字段", fields[i], i);
        auto field = parseField(fields[i], location, false);
        if (!field.id.empty() && !seen.insert(field.id).second)
            reader_.error(location, "catalog.duplicate_id", "字段 id 重复");
        business.fields.push_back(std::move(field));
    }
    for (const auto &field : business.fields) {
        const auto location = "字段 " + field.id;
        checkConditionFields(field.visibleWhen, business, location, "visibleWhen");
        checkConditionFields(field.requiredWhen, business, location, "requiredWhen");
        checkDocumentTypeField(field, business, location);
    }
    parseRules(document, business);
    parseMaterials(document, business);
    if (reader_.errorCount() != errorsBefore)
        return std::nullopt;
    return business;
}

FieldDefinition BusinessParser::parseField(const nlohmann::json &json, const std::string &location,
                                           bool isColumn)
{
    FieldDefinition field;
    if (!reader_.isObject(json, location))
        return field;
    reader_.checkKeys(json, {"id",
                             "label",
                             "type",
                             "required",
                             "requiredWhen",
                             "visibleWhen",
                             "readOnly",
                             "autofill",
                             "maxLength",
                             "pattern",
                             "patternMessage",
                             "dictionary",
                             "searchable",
                             "min",
                             "max",
                             "minItems",
                             "maxItems",
                             "dateFormat",
                             "columns",
                             "documentTypeField"},
                      location);
    field.id = reader_.requiredString(json, "id", location);
    field.label = reader_.requiredString(json, "label", location);
    const auto typeName = reader_.requiredString(json, "type", location);
    if (const auto type = fieldTypeFromName(typeName))
        field.type = *type;
    else if (!typeName.empty())
        reader_.error(location, "catalog.unknown_field_type", "未知的字段类型 " + typeName);
    field.required = reader_.optionalBool(json, "required", location);
    field.readOnly = reader_.optionalBool(json, "readOnly", location);
    field.searchable = reader_.optionalBool(json, "searchable", location);
    field.requiredWhen = reader_.optionalCondition(json, "requiredWhen", location);
    field.visibleWhen = reader_.optionalCondition(json, "visibleWhen", location);
    if (isColumn && (field.requiredWhen || field.visibleWhen))
        reader_.error(location, "catalog.column_condition", "表格列不支持 requiredWhen/visibleWhen");
    field.autofill = reader_.optionalString(json, "autofill", location);
    if (!knownAutofill(field.autofill))
        reader_.error(location, "catalog.unknown_autofill",
                      "未知的自动填充来源 " + field.autofill +
                          "（应为 worker.* / injuryRecord.* / session.* / today）");
    field.dictionary = reader_.optionalString(json, "dictionary", location);
    field.documentTypeField = reader_.optionalString(json, "documentTypeField", location);
    field.dateFormat = reader_.optionalString(json, "dateFormat", location);
    if (!field.dateFormat.empty() && field.dateFormat != "YYYY-MM-DD" && field.dateFormat != "YYYYMMDD")
        reader_.error(location, "catalog.bad_date_format", "dateFormat 只能是 YYYY-MM-DD 或 YYYYMMDD");
    parseFieldLimits(json, location, field);
    if (json.contains("columns")) {
        if (isColumn) {
            reader_.error(location, "catalog.nested_rows", "表格列不能再包含表格");
        } else {
            const auto &columns = reader_.requiredArray(json, "columns", location);
            std::set<std::string> seen;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const auto &column = columns[i];
                const auto columnLocation =
                    location + "." +
                    (column.is_object() && column.contains("id") && column["id"].is_string()
                         ? column["id"].get<std::string>()
                         : "#" + std::to_string(i + 1));
                auto parsed = parseField(column, columnLocation, true);
                if (!parsed.id.empty() && !seen.insert(parsed.id).second)
                    reader_.error(columnLocation, "catalog.duplicate_id", "列 id 重复");
                field.columns.push_back(std::move(parsed));
            }
        }
    }
    checkFieldReferences(field, location);
    return field;
}

void BusinessParser::parseFieldLimits(const nlohmann::json &json, const std::string &location,
                                      FieldDefinition &field)
{
    field.maxLength = reader_.optionalCount(json, "maxLength", location);
    field.minItems = reader_.optionalCount(json, "minItems", location);
    field.maxItems = reader_.optionalCount(json, "maxItems", location);
    field.min = reader_.optionalNumber(json, "min", location);
    field.max = reader_.optionalNumber(json, "max", location);
    field.pattern = reader_.optionalString(json, "pattern", location);
    field.patternMessage = reader_.optionalString(json, "patternMessage", location);
    if (!field.pattern.empty()) {
        try {
            std::regex compiled(field.pattern, std::regex::ECMAScript);
        } catch (const std::regex_error &) {
            reader_.error(location, "catalog.bad_pattern", "pattern 不是有效的正则表达式");
        }
    }
    if (field.min && field.max && *field.min > *field.max)
        reader_.error(location, "catalog.bad_range", "min 大于 max");
    if (field.minItems && field.maxItems && *field.minItems > *field.maxItems)
        reader_.error(location, "catalog.bad_range", "minItems 大于 maxItems");
}

void BusinessParser::checkFieldReferences(const FieldDefinition &field, const std::string &location)
{
    const bool usesDictionary = field.type == FieldType::Select || field.type == FieldType::Multiselect;
    if (usesDictionary && field.dictionary.empty())
        reader_.error(location, "catalog.missing_dictionary", "select/multiselect 字段必须指定 dictionary");
    if (!usesDictionary && !field.dictionary.empty())
        reader_.error(location, "catalog.unexpected_dictionary", "只有 select/multiselect 字段可以引用字典");
    if (!field.dictionary.empty() &&
        std::none_of(dictionaries_.begin(), dictionaries_.end(),
                     [&](const Dictionary &d) { return d.id() == field.dictionary; }))
        reader_.error(location, "catalog.unknown_dictionary", "引用了不存在的字典 " + field.dictionary);
    if (field.type == FieldType::Rows && field.columns.empty())
        reader_.error(location, "catalog.missing_columns", "rows 字段必须有非空的 columns");
    if (field.type != FieldType::Rows && !field.columns.empty())
        reader_.error(location, "catalog.unexpected_columns", "只有 rows 字段可以有 columns");
}

// An ID number is checked against the 证件类型 chosen beside it: documentTypeField must name a
// select over the id_document_type dictionary.
void BusinessParser::checkDocumentTypeField(const FieldDefinition &field, const BusinessDefinition &business,
                                            const std::string &location)
{
    if (field.documentTypeField.empty())
        return;
    if (field.type != FieldType::IdNumber) {
        reader_.error(location, "catalog.unexpected_document_type_field",
                      "只有 idNumber 字段可以指定 documentTypeField");
        return;
    }
    const auto *typeField = business.field(field.documentTypeField);
    if (!typeField || typeField->type != FieldType::Select ||
        typeField->dictionary != kDocumentTypeDictionary)
        reader_.error(location, "catalog.bad_document_type_field",
                      "documentTypeField 应引用一个使用字典 " + std::string(kDocumentTypeDictionary) +
                          " 的单选字段，实际为 " + field.documentTypeField);
}

void BusinessParser::checkConditionFields(const std::optional<Condition> &condition,
                                          const BusinessDefinition &business, const std::string &location,
                                          const char *key)
{
    if (!condition)
        return;
    for (const auto &referenced : condition->referencedFields())
        if (!business.field(referenced))
            reader_.error(location, "catalog.unknown_condition_field",
                          std::string(key) + " 条件引用了不存在的字段 " + referenced);
}

void BusinessParser::parseRules(const nlohmann::json &document, BusinessDefinition &business)
{
    if (!document.contains("rules"))
        return;
    const auto &rules = reader_.requiredArray(document, "rules", "");
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const auto location = "规则 #" + std::to_string(i + 1);
        if (!reader_.isObject(rules[i], location))
            continue;
        reader_.checkKeys(rules[i], {"kind", "fields", "message"}, location);
        CrossFieldRule rule;
        const auto kind = reader_.requiredString(rules[i], "kind", location);
        if (!kind.empty() && kind != "dateOrder")
            reader_.error(location, "catalog.unknown_rule", "未知的规则类型 " + kind);
        rule.message = reader_.requiredString(rules[i], "message", location);
        const auto &fields = reader_.requiredArray(rules[i], "fields", location);
        for (const auto &id : fields) {
            if (!id.is_string()) {
                reader_.error(location, "catalog.wrong_type", "fields 必须是字段 id 的数组");
                continue;
            }
            const auto *field = business.field(id.get<std::string>());
            if (!field)
                reader_.error(location, "catalog.unknown_rule_field",
                              "规则引用了不存在的字段 " + id.get<std::string>());
            else if (field->type != FieldType::Date)
                reader_.error(location, "catalog.rule_field_type",
                              "dateOrder 规则的字段 " + field->id + " 不是日期");
            rule.fields.push_back(id.is_string() ? id.get<std::string>() : std::string());
        }
        if (fields.size() < 2)
            reader_.error(location, "catalog.rule_too_short", "dateOrder 规则至少需要两个字段");
        business.rules.push_back(std::move(rule));
    }
}

void BusinessParser::parseMaterials(const nlohmann::json &document, BusinessDefinition &business)
{
    const auto &materials = reader_.requiredArray(document, "materials", "");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < materials.size(); ++i) {
        const auto location = itemLocation("材料", materials[i], i);
        if (!reader_.isObject(materials[i], location))
            continue;
        reader_.checkKeys(materials[i], {"type", "label", "min", "max", "visibleWhen", "requiredWhen"},
                          location);
        MaterialDefinition material;
        material.type = reader_.requiredString(materials[i], "type", location);
        material.label = reader_.requiredString(materials[i], "label", location);
        material.min = static_cast<int>(reader_.optionalCount(materials[i], "min", location).value_or(0));
        material.max = static_cast<int>(reader_.optionalCount(materials[i], "max", location).value_or(99));
        if (material.max < 1 || material.min > material.max)
            reader_.error(location, "catalog.bad_range", "材料数量范围无效（需 1 ≤ max 且 min ≤ max）");
        if (!material.type.empty() && !seen.insert(material.type).second)
            reader_.error(location, "catalog.duplicate_id", "材料类型重复");
        material.visibleWhen = reader_.optionalCondition(materials[i], "visibleWhen", location);
        material.requiredWhen = reader_.optionalCondition(materials[i], "requiredWhen", location);
        checkConditionFields(material.visibleWhen, business, location, "visibleWhen");
        checkConditionFields(material.requiredWhen, business, location, "requiredWhen");
        business.materials.push_back(std::move(material));
    }
}

} // namespace kiosk::core
