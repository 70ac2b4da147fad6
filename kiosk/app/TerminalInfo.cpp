#include "kiosk/app/TerminalInfo.h"

namespace kiosk::app {

TerminalInfo::TerminalInfo(const TerminalConfig &config, QObject *parent) : QObject(parent), m_config(config)
{}

QString TerminalInfo::mode() const
{
    return m_config.terminal.mode == TerminalConfig::Mode::Lobby ? QStringLiteral("lobby")
                                                                 : QStringLiteral("counter");
}

} // namespace kiosk::app
