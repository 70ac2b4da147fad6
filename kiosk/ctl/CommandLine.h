#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kiosk::ctl {

// argv split into positionals ("id", "check", "11010519491231002X") and options. Options are
// "--json", "--help"/"-h", and "--name VALUE" / "--name=VALUE" for the names in
// `valuedOptions`. Anything else starting with "-" is a usage error, reported in error().
class CommandLine
{
public:
    static CommandLine parse(const std::vector<std::string> &arguments,
                             const std::set<std::string> &valuedOptions);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    // The n-th positional, or nullopt.
    std::optional<std::string> positional(std::size_t index) const;
    bool json() const { return m_json; }
    bool help() const { return m_help; }
    std::optional<std::string> option(const std::string &name) const;
    // Empty when the command line parsed; otherwise why not, in Chinese.
    const std::string &error() const { return m_error; }

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_options;
    bool m_json = false;
    bool m_help = false;
    std::string m_error;
};

} // namespace kiosk::ctl
