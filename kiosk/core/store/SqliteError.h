#pragma once

#include "kiosk/core/Rejection.h"

namespace kiosk::core {

// The one place where SQLite result codes become Rejections. Codes are stable
// ("store.disk_full", "store.busy", ...); messages are Chinese for the clerk and never carry
// SQL text or stored values (which may be personal data).
class SqliteError
{
public:
    static Rejection fromCode(int sqliteResultCode);
};

} // namespace kiosk::core
