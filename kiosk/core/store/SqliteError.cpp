#include "kiosk/core/store/SqliteError.h"

#include <sqlite3.h>

namespace kiosk::core {

Rejection SqliteError::fromCode(int sqliteResultCode)
{
    switch (sqliteResultCode & 0xFF) { // primary code; extended codes refine the same kind
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {"store.busy", "本地存储正被占用，请稍后重试保存"};
    case SQLITE_FULL:
        return {"store.disk_full", "本地磁盘空间已满，内容未能保存"};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {"store.corrupt", "本地存储文件已损坏，请联系运维人员"};
    case SQLITE_CANTOPEN:
        return {"store.cannot_open", "无法打开本地存储文件，请检查存储目录"};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {"store.read_only", "本地存储不可写，内容未能保存"};
    case SQLITE_IOERR:
        return {"store.io_error", "本地存储读写出错，内容未能保存"};
    case SQLITE_CONSTRAINT:
        return {"store.constraint", "要保存的内容不符合本地存储的约束，未保存"};
    case SQLITE_NOMEM:
        return {"store.out_of_memory", "内存不足，内容未能保存"};
    default:
        return {"store.failed", "本地存储操作失败，内容未能保存"};
    }
}

} // namespace kiosk::core
