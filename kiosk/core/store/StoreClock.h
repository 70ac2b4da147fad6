#pragma once

#include <chrono>

namespace kiosk::core {

// Store timestamps: wall-clock milliseconds, passed in by the caller so tests control time.
using StoreTime = std::chrono::sys_time<std::chrono::milliseconds>;

} // namespace kiosk::core
