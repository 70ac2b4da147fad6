#pragma once

#include "kiosk/core/store/SqliteDatabase.h"

#include <string_view>
#include <vector>

namespace kiosk::core {

// The store's schema as an ordered list of migrations; PRAGMA user_version records how many
// have been applied. Migrations are append-only: a released step is never edited.
class StoreSchema
{
public:
    struct Migration
    {
        int version; // the schema version after this step
        std::string_view sql;
    };

    static const std::vector<Migration> &migrations();
    static int currentVersion();

    static Result<int> versionOf(SqliteDatabase &database);

    // Applies every step above the database's version up to targetVersion, each in its own
    // transaction together with the user_version bump. A database newer than this code
    // ("store.schema_too_new") is left untouched.
    static Result<void> migrate(SqliteDatabase &database, int targetVersion = currentVersion());
};

} // namespace kiosk::core
