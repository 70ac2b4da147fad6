#include "kiosk/app/automation/AutomationServer.h"

#include "kiosk/app/AppLogging.h"
#include "kiosk/app/automation/AutomationSession.h"

#include <QLocalSocket>

namespace kiosk::app {

AutomationServer::AutomationServer(QQuickWindow &window, QObject *parent)
    : QObject(parent), m_commands(window)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            new AutomationSession(socket, m_commands, this);
    });
}

AutomationServer::~AutomationServer()
{
    m_server.close(); // removes the socket file
}

Result<void> AutomationServer::listen(const QString &socketPath)
{
    QLocalServer::removeServer(socketPath);
    if (!m_server.listen(socketPath))
        return Error{"automation.listen_failed", QStringLiteral("自动化接口无法监听 %1：%2")
                                                     .arg(socketPath, m_server.errorString())
                                                     .toStdString()};
    qCWarning(lcAutomation) << "automation interface listening on" << socketPath << "(test use only)";
    return {};
}

} // namespace kiosk::app
