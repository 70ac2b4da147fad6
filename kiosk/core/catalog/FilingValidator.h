#pragma once

#include "kiosk/core/Rejection.h"
#include "kiosk/core/catalog/BusinessDefinition.h"
#include "kiosk/core/catalog/Catalog.h"
#include "kiosk/core/catalog/MaterialsStatus.h"
#include "kiosk/core/identity/DocumentType.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// Checks a filing's field values against its business definition, the same way on the
// terminal and in the gateway. Values are a JSON object {fieldId: value}: strings for scalar
// fields (dates "YYYY-MM-DD" or "YYYYMMDD"), arrays of strings for multiselect, arrays of
// {columnId: string} objects for rows.
//
// Hidden fields (visibleWhen false) are never required and their values are ignored — not
// validated, and dropped by visibleValues(), which is what gets stored and signed.
// Both the catalog and the business must outlive the validator.
class FilingValidator
{
public:
    FilingValidator(const Catalog &catalog, const BusinessDefinition &business);

    // Every problem at once, in field order, then cross-field rules. Empty when valid.
    [[nodiscard]] std::vector<FieldError> validate(const nlohmann::json &values) const;

    // `values` without unknown keys and without fields that are hidden given the other answers.
    [[nodiscard]] nlohmann::json visibleValues(const nlohmann::json &values) const;
    [[nodiscard]] bool isVisible(const FieldDefinition &field, const nlohmann::json &values) const;
    [[nodiscard]] bool isRequired(const FieldDefinition &field, const nlohmann::json &values) const;

    // The material types the current answers ask for.
    [[nodiscard]] std::vector<const MaterialDefinition *>
    applicableMaterials(const nlohmann::json &values) const;
    // `pageCounts`: material type → number of captured pages.
    [[nodiscard]] MaterialsStatus checkMaterials(const nlohmann::json &values,
                                                 const std::map<std::string, int> &pageCounts) const;

private:
    void checkField(const FieldDefinition &field, const nlohmann::json &visible,
                    std::vector<FieldError> &errors) const;
    void checkMultiselect(const FieldDefinition &field, const nlohmann::json &value,
                          std::vector<FieldError> &errors) const;
    void checkRows(const FieldDefinition &field, const nlohmann::json &value,
                   std::vector<FieldError> &errors) const;
    void checkScalar(const FieldDefinition &field, const std::string &errorField, const nlohmann::json &value,
                     std::vector<FieldError> &errors,
                     std::optional<DocumentType> documentType = std::nullopt) const;
    std::optional<DocumentType> chosenDocumentType(const FieldDefinition &field,
                                                   const nlohmann::json &visible) const;
    void checkRules(const nlohmann::json &visible, std::vector<FieldError> &errors) const;

    const Catalog &catalog_;
    const BusinessDefinition &business_;
};

} // namespace kiosk::core
