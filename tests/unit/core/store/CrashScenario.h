#pragma once

#include "kiosk/core/store/Draft.h"
#include "kiosk/core/store/OutboxEntry.h"

#include <string>

// The saves the crash writer makes, derived from (index, revision) alone so that the parent
// can recompute exactly what an acknowledged save must have stored.
namespace crash_scenario {

inline std::string hashFor(int index, int revision, int material)
{
    std::string hex = std::to_string(index) + "r" + std::to_string(revision) + "m" + std::to_string(material);
    std::string out;
    for (char c : hex)
        out += "0123456789abcdef"[static_cast<unsigned char>(c) % 16];
    out.resize(64, 'a');
    return out;
}

// Revision r carries r + 2 materials, so a half-replaced material list is detectable.
inline kiosk::core::Draft draft(int index, int revision)
{
    kiosk::core::Draft d;
    d.id = "draft-" + std::to_string(index);
    d.business = "recurrence_treatment";
    d.workerId = "11010519491231002X";
    d.catalogVersion = "2024.06.1";
    d.fields = {{"index", std::to_string(index)},
                {"revision", std::to_string(revision)},
                {"diagnosis", std::string(200, 'x') + "右手第二掌骨骨折术后复发"},
                {"symptoms", {"疼痛", "活动受限", std::to_string(revision)}}};
    for (int m = 1; m <= revision + 2; ++m)
        d.materials.push_back({"page", m, hashFor(index, revision, m), "/var/kiosk/p" + std::to_string(m)});
    return d;
}

inline kiosk::core::OutboxSubmission submission(int index)
{
    kiosk::core::OutboxSubmission s;
    s.idempotencyKey = "key-" + std::to_string(index);
    s.canonicalBytes = "{\"index\":" + std::to_string(index) + "}";
    s.payload = std::string(4096, static_cast<char>('a' + index % 26)) + std::to_string(index);
    s.signature = "sig-" + std::to_string(index);
    s.draftId = "draft-" + std::to_string(index);
    return s;
}

} // namespace crash_scenario
