#include "kiosk/ctl/Dispatcher.h"

#include "kiosk/ctl/ExitCode.h"

namespace kiosk::ctl {

void Dispatcher::add(std::unique_ptr<Noun> noun)
{
    m_nouns.push_back(std::move(noun));
}

const Noun *Dispatcher::find(const std::string &name) const
{
    for (const auto &noun : m_nouns) {
        if (noun->name() == name)
            return noun.get();
    }
    return nullptr;
}

std::string Dispatcher::help() const
{
    std::string text = "用法 usage: kioskctl <noun> <verb> [arguments] [--json]\n\n";
    for (const auto &noun : m_nouns)
        text += "  " + std::string(noun->name()) + "\t" + std::string(noun->summary()) + "\n";
    text += "\n";
    for (const auto &noun : m_nouns)
        text += noun->usage();
    text += "\n退出码 exit codes: 0 有效/成功, 1 无效/未找到, 2 用法错误\n";
    return text;
}

int Dispatcher::run(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err) const
{
    std::set<std::string> valuedOptions;
    for (const auto &noun : m_nouns)
        valuedOptions.merge(noun->valuedOptions());
    const CommandLine line = CommandLine::parse(arguments, valuedOptions);

    const auto nounName = line.positional(0);
    const Noun *noun = nounName ? find(*nounName) : nullptr;
    if (!line.error().empty()) {
        err << "kioskctl: " << line.error() << "\n\n" << (noun ? noun->usage() : help());
        return ExitUsage;
    }
    if (!nounName) {
        (line.help() ? out : err) << help();
        return line.help() ? ExitOk : ExitUsage;
    }
    if (!noun) {
        err << "kioskctl: 未知命令：" << *nounName << "\n\n" << help();
        return ExitUsage;
    }
    if (line.help()) {
        out << noun->usage();
        return ExitOk;
    }
    const int code = noun->run(line, out, err);
    if (code == ExitUsage)
        err << "\n" << noun->usage();
    return code;
}

} // namespace kiosk::ctl
