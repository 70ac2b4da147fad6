#include "kiosk/core/store/SqliteTransaction.h"

namespace kiosk::core {

SqliteTransaction::SqliteTransaction(SqliteDatabase &database)
    : database_(database), begun_(database.execute("BEGIN IMMEDIATE"))
{
    finished_ = !begun_.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (!finished_)
        (void)database_.execute("ROLLBACK");
}

Result<void> SqliteTransaction::commit()
{
    auto committed = database_.execute("COMMIT");
    if (committed.ok())
        finished_ = true;
    return committed;
}

} // namespace kiosk::core
