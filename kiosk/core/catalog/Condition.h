#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// A condition from the catalog (`requiredWhen`, `visibleWhen`, a material's conditions),
// evaluated against a filing's field values. The JSON form is deliberately small:
//   {"field": "visitType", "equals": "inpatient"}   value is, or (for a list) contains, it
//   {"field": "visitType", "in": ["a", "b"]}         value is, or contains, one of them
//   {"field": "emergencyContact", "filled": true}    value is (or is not) filled in
//   {"all": [c, ...]}  {"any": [c, ...]}  {"not": c}
class Condition
{
public:
    enum class Kind { Equals, In, Filled, All, Any, Not };

    static Condition equals(std::string field, std::string value);
    static Condition in(std::string field, std::vector<std::string> values);
    static Condition filled(std::string field, bool expected = true);
    static Condition all(std::vector<Condition> children);
    static Condition any(std::vector<Condition> children);
    static Condition negation(Condition child);

    // Parses the JSON form; on failure returns nullopt and sets `error` (Chinese).
    static std::optional<Condition> parse(const nlohmann::json &json, std::string &error);

    // `values` is the filing's {fieldId: value} object; a missing field is not filled.
    [[nodiscard]] bool evaluate(const nlohmann::json &values) const;
    // Every field id the condition reads, for the loader's reference check.
    [[nodiscard]] std::vector<std::string> referencedFields() const;

    [[nodiscard]] Kind kind() const { return kind_; }

private:
    Condition() = default;
    void collectFields(std::vector<std::string> &out) const;

    Kind kind_ = Kind::All;
    std::string field_;
    std::vector<std::string> values_;
    bool expectFilled_ = true;
    std::vector<Condition> children_;
};

// True when a field value counts as filled in: a non-blank string, a non-empty list or object.
bool isFilledValue(const nlohmann::json &value);

} // namespace kiosk::core
