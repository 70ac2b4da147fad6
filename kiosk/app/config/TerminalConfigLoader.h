#pragma once
#include "kiosk/app/config/TerminalConfig.h"
#include "kiosk/core/Result.h"

#include <QString>

namespace kiosk::app {

// Reads and validates the terminal configuration. Every problem becomes an Error whose
// Chinese message names the section and key and says what was expected, e.g.
//   配置错误：[session] idle_timeout 应为 30–3600 之间的整数，实际为 "abc"
// Codes: config.unreadable, config.syntax, config.unknown_section, config.unknown_key,
// config.invalid_value, config.inconsistent.
class TerminalConfigLoader
{
public:
    static constexpr const char *defaultPath = "/etc/kiosk/kiosk.ini";

    static Result<TerminalConfig> fromText(const QString &text);
    static Result<TerminalConfig> fromFile(const QString &path);

    // What `kiosk` does at start: the file given with --config (which must exist), else
    // defaultPath if present, else the built-in demo defaults. `source` says which was used.
    static Result<TerminalConfig> loadForStartup(const QString &explicitPath, QString &source);
};

} // namespace kiosk::app
