#pragma once

#include "kiosk/ctl/CommandLine.h"

#include <ostream>
#include <set>
#include <string>
#include <string_view>

namespace kiosk::ctl {

// One noun of `kioskctl <noun> <verb> ...`, e.g. "id" with the verb "check". Each noun lives in
// its own file and is registered in main.cpp; later nouns (token, printer, ...) may need Qt and
// will be added the same way.
class Noun
{
public:
    virtual ~Noun() = default;

    virtual std::string_view name() const = 0;
    // One line for `kioskctl --help`.
    virtual std::string_view summary() const = 0;
    // The noun's usage lines, e.g. "kioskctl id check NUMBER [--type TYPE] [--json]".
    virtual std::string usage() const = 0;
    // Options of this noun that take a value, e.g. {"--type"}.
    virtual std::set<std::string> valuedOptions() const { return {}; }
    // Runs the verb at positional(1). Returns an ExitCode; usage errors are the caller's to
    // print, reported by returning ExitUsage after writing the reason to `err`.
    virtual int run(const CommandLine &line, std::ostream &out, std::ostream &err) const = 0;
};

} // namespace kiosk::ctl
