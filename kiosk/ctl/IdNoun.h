#pragma once

#include "kiosk/ctl/Noun.h"

namespace kiosk::ctl {

// `kioskctl id check NUMBER [--type 证件类型] [--json]`: checks a 证件号码. Without --type the
// type the number's prefix implies is used (居民身份证 when the prefix is unknown).
class IdNoun : public Noun
{
public:
    std::string_view name() const override { return "id"; }
    std::string_view summary() const override { return "证件号码校验 (公民身份号码 GB 11643 等)"; }
    std::string usage() const override;
    std::set<std::string> valuedOptions() const override { return {"--type"}; }
    int run(const CommandLine &line, std::ostream &out, std::ostream &err) const override;
};

} // namespace kiosk::ctl
