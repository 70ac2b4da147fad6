#pragma once
#include "kiosk/app/automation/AutomationCommands.h"
#include "kiosk/core/Result.h"

#include <QLocalServer>
#include <QObject>

class QQuickWindow;

namespace kiosk::app {

// The test-only remote control (`kiosk --automation SOCKET`, off unless given): a local
// socket, readable by the same user only, speaking the protocol in docs/automation.md.
class AutomationServer : public QObject
{
    Q_OBJECT
public:
    explicit AutomationServer(QQuickWindow &window, QObject *parent = nullptr);
    ~AutomationServer() override;

    // Replaces a stale socket file left by a killed kiosk.
    Result<void> listen(const QString &socketPath);

private:
    QLocalServer m_server;
    AutomationCommands m_commands;
};

} // namespace kiosk::app
