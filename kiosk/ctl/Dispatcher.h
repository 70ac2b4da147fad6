#pragma once

#include "kiosk/ctl/Noun.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace kiosk::ctl {

// Routes `kioskctl <noun> <verb> ...` to the registered noun and owns the help and usage text.
class Dispatcher
{
public:
    void add(std::unique_ptr<Noun> noun);
    // `arguments` excludes argv[0]. Returns the process exit code.
    int run(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err) const;

private:
    const Noun *find(const std::string &name) const;
    std::string help() const;

    std::vector<std::unique_ptr<Noun>> m_nouns;
};

} // namespace kiosk::ctl
