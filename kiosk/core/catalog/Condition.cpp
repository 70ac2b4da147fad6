#include "kiosk/core/catalog/Condition.h"

#include <algorithm>

namespace kiosk::core {

bool isFilledValue(const nlohmann::json &value)
{
    if (value.is_null())
        return false;
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        return std::any_of(text.begin(), text.end(),
                           [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; });
    }
    if (value.is_array() || value.is_object())
        return !value.empty();
    return true;
}

Condition Condition::equals(std::string field, std::string value)
{
    Condition c;
    c.kind_ = Kind::Equals;
    c.field_ = std::move(field);
    c.values_ = {std::move(value)};
    return c;
}

Condition Condition::in(std::string field, std::vector<std::string> values)
{
    Condition c;
    c.kind_ = Kind::In;
    c.field_ = std::move(field);
    c.values_ = std::move(values);
    return c;
}

Condition Condition::filled(std::string field, bool expected)
{
    Condition c;
    c.kind_ = Kind::Filled;
    c.field_ = std::move(field);
    c.expectFilled_ = expected;
    return c;
}

Condition Condition::all(std::vector<Condition> children)
{
    Condition c;
    c.kind_ = Kind::All;
    c.children_ = std::move(children);
    return c;
}

Condition Condition::any(std::vector<Condition> children)
{
    Condition c;
    c.kind_ = Kind::Any;
    c.children_ = std::move(children);
    return c;
}

Condition Condition::negation(Condition child)
{
    Condition c;
    c.kind_ = Kind::Not;
    c.children_.push_back(std::move(child));
    return c;
}

namespace {

bool parseChildren(const nlohmann::json &list, std::vector<Condition> &out, std::string &error)
{
    if (!list.is_array() || list.empty()) {
        error = "all/any 需要非空的条件数组";
        return false;
    }
    for (const auto &item : list) {
        auto child = Condition::parse(item, error);
        if (!child)
            return false;
        out.push_back(std::move(*child));
    }
    return true;
}

} // namespace

std::optional<Condition> Condition::parse(const nlohmann::json &json, std::string &error)
{
    if (!json.is_object() || json.size() != (json.contains("field") ? 2u : 1u)) {
        error = "条件格式不正确：应为 {field, equals|in|filled} 或 {all|any|not} 之一";
        return std::nullopt;
    }
    if (json.contains("all") || json.contains("any")) {
        const bool isAll = json.contains("all");
        std::vector<Condition> children;
        if (!parseChildren(isAll ? json["all"] : json["any"], children, error))
            return std::nullopt;
        return isAll ? all(std::move(children)) : any(std::move(children));
    }
    if (json.contains("not")) {
        auto child = parse(json["not"], error);
        if (!child)
            return std::nullopt;
        return negation(std::move(*child));
    }
    const auto &field = json.value("field", nlohmann::json());
    if (!field.is_string() || field.get_ref<const std::string &>().empty()) {
        error = "条件的 field 必须是非空字符串";
        return std::nullopt;
    }
    const auto fieldId = field.get<std::string>();
    if (json.contains("equals")) {
        if (!json["equals"].is_string()) {
            error = "条件 equals 的值必须是字符串";
            return std::nullopt;
        }
        return equals(fieldId, json["equals"].get<std::string>());
    }
    if (json.contains("in")) {
        const auto &list = json["in"];
        if (!list.is_array() || list.empty() ||
            !std::all_of(list.begin(), list.end(), [](const auto &v) { return v.is_string(); })) {
            error = "条件 in 的值必须是非空的字符串数组";
            return std::nullopt;
        }
        return in(fieldId, list.get<std::vector<std::string>>());
    }
    if (json.contains("filled")) {
        if (!json["filled"].is_boolean()) {
            error = "条件 filled 的值必须是 true 或 false";
            return std::nullopt;
        }
        return filled(fieldId, json["filled"].get<bool>());
    }
    error = "条件缺少 equals、in 或 filled";
    return std::nullopt;
}

bool Condition::evaluate(const nlohmann::json &values) const
{
    switch (kind_) {
    case Kind::All:
        return std::all_of(children_.begin(), children_.end(),
                           [&](const Condition &c) { return c.evaluate(values); });
    case Kind::Any:
        return std::any_of(children_.begin(), children_.end(),
                           [&](const Condition &c) { return c.evaluate(values); });
    case Kind::Not:
        return !children_.front().evaluate(values);
    default:
        break;
    }
    const nlohmann::json *value = nullptr;
    if (values.is_object()) {
        const auto found = values.find(field_);
        if (found != values.end())
            value = &*found;
    }
    if (kind_ == Kind::Filled)
        return (value && isFilledValue(*value)) == expectFilled_;
    if (!value)
        return false;
    const auto matches = [this](const nlohmann::json &item) {
        return item.is_string() && std::find(values_.begin(), values_.end(),
                                             item.get_ref<const std::string &>()) != values_.end();
    };
    if (value->is_array())
        return std::any_of(value->begin(), value->end(), matches);
    return matches(*value);
}

std::vector<std::string> Condition::referencedFields() const
{
    std::vector<std::string> out;
    collectFields(out);
    return out;
}

void Condition::collectFields(std::vector<std::string> &out) const
{
    if (!field_.empty())
        out.push_back(field_);
    for (const auto &child : children_)
        child.collectFields(out);
}

} // namespace kiosk::core
