#include "kiosk/ctl/CommandLine.h"

namespace kiosk::ctl {

CommandLine CommandLine::parse(const std::vector<std::string> &arguments,
                               const std::set<std::string> &valuedOptions)
{
    CommandLine line;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (onlyPositionals || argument.empty() || argument[0] != '-' || argument == "-") {
            line.m_positionals.push_back(argument);
        } else if (argument == "--") {
            onlyPositionals = true;
        } else if (argument == "--json") {
            line.m_json = true;
        } else if (argument == "--help" || argument == "-h") {
            line.m_help = true;
        } else {
            const auto equals = argument.find('=');
            const std::string name = argument.substr(0, equals);
            if (!valuedOptions.contains(name)) {
                line.m_error = "未知选项：" + name;
                return line;
            }
            if (equals != std::string::npos) {
                line.m_options[name] = argument.substr(equals + 1);
            } else if (i + 1 < arguments.size()) {
                line.m_options[name] = arguments[++i];
            } else {
                line.m_error = "选项" + name + "缺少取值";
                return line;
            }
        }
    }
    return line;
}

std::optional<std::string> CommandLine::positional(std::size_t index) const
{
    if (index < m_positionals.size())
        return m_positionals[index];
    return std::nullopt;
}

std::optional<std::string> CommandLine::option(const std::string &name) const
{
    if (const auto found = m_options.find(name); found != m_options.end())
        return found->second;
    return std::nullopt;
}

} // namespace kiosk::ctl
