#include "kiosk/core/catalog/FilingValidator.h"

#include "kiosk/core/catalog/FieldValueChecker.h"

#include <algorithm>
#include <set>

namespace kiosk::core {

namespace {
const nlohmann::json &valueOf(const nlohmann::json &values, const std::string &id)
{
    static const nlohmann::json absent;
    const auto found = values.find(id);
    return found == values.end() ? absent : *found;
}
} // namespace

FilingValidator::FilingValidator(const Catalog &catalog, const BusinessDefinition &business)
    : catalog_(catalog), business_(business)
{}

bool FilingValidator::isVisible(const FieldDefinition &field, const nlohmann::json &values) const
{
    return !field.visibleWhen || field.visibleWhen->evaluate(values);
}

bool FilingValidator::isRequired(const FieldDefinition &field, const nlohmann::json &values) const
{
    if (!isVisible(field, values))
        return false;
    return field.required || (field.requiredWhen && field.requiredWhen->evaluate(values));
}

nlohmann::json FilingValidator::visibleValues(const nlohmann::json &values) const
{
    auto visible = nlohmann::json::object();
    if (!values.is_object())
        return visible;
    for (const auto &field : business_.fields)
        if (const auto found = values.find(field.id); found != values.end())
            visible[field.id] = *found;
    // Hiding one field can hide another that depends on it, so repeat until nothing changes.
    for (std::size_t pass = 0; pass <= business_.fields.size(); ++pass) {
        bool changed = false;
        for (const auto &field : business_.fields)
            if (visible.contains(field.id) && !isVisible(field, visible)) {
                visible.erase(field.id);
                changed = true;
            }
        if (!changed)
            break;
    }
    return visible;
}

std::vector<FieldError> FilingValidator::validate(const nlohmann::json &values) const
{
    std::vector<FieldError> errors;
    if (!values.is_object()) {
        errors.push_back({"", "filing.not_object", "填报内容格式错误：应为 {字段: 值} 对象"});
        return errors;
    }
    for (const auto &item : values.items())
        if (!business_.field(item.key()))
            errors.push_back(
                {item.key(), "field.unknown", "「" + business_.title + "」没有字段 " + item.key()});
    const auto visible = visibleValues(values);
    for (const auto &field : business_.fields)
        if (isVisible(field, visible))
            checkField(field, visible, errors);
    checkRules(visible, errors);
    return errors;
}

void FilingValidator::checkField(const FieldDefinition &field, const nlohmann::json &visible,
                                 std::vector<FieldError> &errors) const
{
    const auto &value = valueOf(visible, field.id);
    if (!isFilledValue(value)) {
        if (isRequired(field, visible))
            errors.push_back({field.id, "field.required", quotedLabel(field) + "为必填项"});
        return;
    }
    if (field.type == FieldType::Multiselect)
        checkMultiselect(field, value, errors);
    else if (field.type == FieldType::Rows)
        checkRows(field, value, errors);
    else
        checkScalar(field, field.id, value, errors, chosenDocumentType(field, visible));
}

std::optional<DocumentType> FilingValidator::chosenDocumentType(const FieldDefinition &field,
                                                                const nlohmann::json &visible) const
{
    if (field.documentTypeField.empty())
        return std::nullopt;
    const auto &chosen = valueOf(visible, field.documentTypeField);
    return chosen.is_string() ? documentTypeFromText(chosen.get<std::string>()) : std::nullopt;
}

void FilingValidator::checkScalar(const FieldDefinition &field, const std::string &errorField,
                                  const nlohmann::json &value, std::vector<FieldError> &errors,
                                  std::optional<DocumentType> documentType) const
{
    if (!value.is_string()) {
        errors.push_back({errorField, "field.not_text", quotedLabel(field) + "的值必须是文本"});
        return;
    }
    if (auto rejected = FieldValueChecker::check(field, value.get<std::string>(),
                                                 catalog_.dictionary(field.dictionary), documentType))
        errors.push_back({errorField, rejected->code, rejected->message});
}

void FilingValidator::checkMultiselect(const FieldDefinition &field, const nlohmann::json &value,
                                       std::vector<FieldError> &errors) const
{
    if (!value.is_array()) {
        errors.push_back({field.id, "field.not_list", quotedLabel(field) + "是多选项，值必须是列表"});
        return;
    }
    std::set<std::string> chosen;
    for (const auto &item : value) {
        if (!item.is_string()) {
            errors.push_back({field.id, "field.not_text", quotedLabel(field) + "的每个选项必须是文本"});
            continue;
        }
        if (!chosen.insert(item.get<std::string>()).second)
            errors.push_back({field.id, "field.duplicate_choice",
                              quotedLabel(field) + "重复选择了 " + item.get<std::string>()});
        else
            checkScalar(field, field.id, item, errors);
    }
    if (field.minItems && value.size() < *field.minItems)
        errors.push_back({field.id, "field.min_items",
                          quotedLabel(field) + "至少选择 " + std::to_string(*field.minItems) + " 项"});
    if (field.maxItems && value.size() > *field.maxItems)
        errors.push_back({field.id, "field.max_items",
                          quotedLabel(field) + "最多选择 " + std::to_string(*field.maxItems) + " 项"});
}

void FilingValidator::checkRows(const FieldDefinition &field, const nlohmann::json &value,
                                std::vector<FieldError> &errors) const
{
    if (!value.is_array()) {
        errors.push_back({field.id, "field.not_list", quotedLabel(field) + "是表格，值必须是行的列表"});
        return;
    }
    if (field.minItems && value.size() < *field.minItems)
        errors.push_back({field.id, "field.min_items",
                          quotedLabel(field) + "至少填写 " + std::to_string(*field.minItems) + " 行"});
    if (field.maxItems && value.size() > *field.maxItems)
        errors.push_back({field.id, "field.max_items",
                          quotedLabel(field) + "最多填写 " + std::to_string(*field.maxItems) + " 行"});
    for (std::size_t index = 0; index < value.size(); ++index) {
        const auto rowName = field.id + "[" + std::to_string(index) + "]";
        const auto rowLabel = quotedLabel(field) + "第 " + std::to_string(index + 1) + " 行";
        const auto &row = value[index];
        if (!row.is_object()) {
            errors.push_back({rowName, "field.not_row", rowLabel + "格式错误"});
            continue;
        }
        for (const auto &cell : row.items())
            if (std::none_of(field.columns.begin(), field.columns.end(),
                             [&](const FieldDefinition &c) { return c.id == cell.key(); }))
                errors.push_back(
                    {rowName + "." + cell.key(), "field.unknown", rowLabel + "没有列 " + cell.key()});
        for (const auto &column : field.columns) {
            const auto &cell = valueOf(row, column.id);
            const auto cellName = rowName + "." + column.id;
            if (!isFilledValue(cell)) {
                if (column.required)
                    errors.push_back(
                        {cellName, "field.required", rowLabel + "的" + quotedLabel(column) + "为必填项"});
                continue;
            }
            const auto before = errors.size();
            checkScalar(column, cellName, cell, errors);
            for (auto i = before; i < errors.size(); ++i)
                errors[i].message = rowLabel + "：" + errors[i].message;
        }
    }
}

void FilingValidator::checkRules(const nlohmann::json &visible, std::vector<FieldError> &errors) const
{
    for (const auto &rule : business_.rules) {
        const FieldDefinition *previousField = nullptr;
        std::optional<CalendarDate> previousDate;
        for (const auto &id : rule.fields) {
            const auto *field = business_.field(id);
            const auto &value = valueOf(visible, id);
            if (!field || !value.is_string())
                continue;
            const auto date = FieldValueChecker::parseDate(value.get<std::string>());
            if (!date)
                continue; // already reported as a bad date
            // One order complaint per field is enough, even when several rules cover it.
            const bool alreadyReported = std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) {
                return e.field == id && e.code == "rule.date_order";
            });
            if (previousDate && *date < *previousDate && !alreadyReported)
                errors.push_back({id, "rule.date_order",
                                  quotedLabel(*field) + "（" + date->toIsoString() + "）不能早于" +
                                      quotedLabel(*previousField) + "（" + previousDate->toIsoString() +
                                      "）：" + rule.message});
            previousField = field;
            previousDate = date;
        }
    }
}

std::vector<const MaterialDefinition *>
FilingValidator::applicableMaterials(const nlohmann::json &values) const
{
    const auto visible = visibleValues(values);
    std::vector<const MaterialDefinition *> out;
    for (const auto &material : business_.materials)
        if (!material.visibleWhen || material.visibleWhen->evaluate(visible))
            out.push_back(&material);
    return out;
}

MaterialsStatus FilingValidator::checkMaterials(const nlohmann::json &values,
                                                const std::map<std::string, int> &pageCounts) const
{
    MaterialsStatus status;
    const auto visible = visibleValues(values);
    const auto applicable = applicableMaterials(values);
    for (const auto *material : applicable) {
        const auto found = pageCounts.find(material->type);
        const int count = found == pageCounts.end() ? 0 : found->second;
        const bool required = !material->requiredWhen || material->requiredWhen->evaluate(visible);
        const int min = required ? material->min : 0;
        if (count < min)
            status.missing.push_back({material->type, material->label, count, min, material->max});
        else if (count > material->max)
            status.excess.push_back({material->type, material->label, count, min, material->max});
    }
    for (const auto &captured : pageCounts) {
        const std::string &type = captured.first; // a named copy: clang < 16 cannot capture bindings
        if (captured.second <= 0)
            continue;
        const bool defined = std::any_of(business_.materials.begin(), business_.materials.end(),
                                         [&](const auto &m) { return m.type == type; });
        const bool isApplicable =
            std::any_of(applicable.begin(), applicable.end(), [&](const auto *m) { return m->type == type; });
        if (!defined)
            status.unknownTypes.push_back(type);
        else if (!isApplicable)
            status.notApplicable.push_back(type);
    }
    return status;
}

} // namespace kiosk::core
