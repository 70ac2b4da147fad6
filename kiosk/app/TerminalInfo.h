#pragma once
#include "kiosk/app/config/TerminalConfig.h"

#include <QObject>

namespace kiosk::app {

// What the screens need to know about this terminal (published to QML as Kiosk.App/Terminal).
class TerminalInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(QString mode READ mode CONSTANT) // "counter" | "lobby"
    Q_PROPERTY(bool largeText READ largeText CONSTANT)
    Q_PROPERTY(QString locale READ locale CONSTANT)
public:
    explicit TerminalInfo(const TerminalConfig &config, QObject *parent = nullptr);

    QString terminalId() const { return m_config.terminal.id; }
    QString mode() const;
    bool largeText() const { return m_config.ui.largeText; }
    QString locale() const { return m_config.ui.locale; }

private:
    TerminalConfig m_config;
};

} // namespace kiosk::app
