#pragma once

#include "kiosk/ctl/Noun.h"

namespace kiosk::ctl {

// `kioskctl uscc check CODE [--json]`: checks a 统一社会信用代码 (GB 32100).
class UsccNoun : public Noun
{
public:
    std::string_view name() const override { return "uscc"; }
    std::string_view summary() const override { return "统一社会信用代码校验 (GB 32100)"; }
    std::string usage() const override { return "kioskctl uscc check CODE [--json]\n"; }
    int run(const CommandLine &line, std::ostream &out, std::ostream &err) const override;
};

} // namespace kiosk::ctl
