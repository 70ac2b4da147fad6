#pragma once

namespace kiosk::ctl {

// kioskctl's exit codes, as DESIGN.md §8 fixes them for every noun.
enum ExitCode : int {
    ExitOk = 0,      // done, or the value checked is valid
    ExitRefused = 1, // the value is invalid, or what was asked for was not found
    ExitUsage = 2,   // unknown noun/verb/option or a missing argument
};

} // namespace kiosk::ctl
