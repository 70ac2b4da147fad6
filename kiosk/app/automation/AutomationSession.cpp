#include "kiosk/app/automation/AutomationSession.h"

#include "kiosk/app/AppLogging.h"
#include "kiosk/app/automation/AutomationCommands.h"
#include "kiosk/app/automation/AutomationJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalSocket>

namespace kiosk::app {

namespace {
constexpr qsizetype maxRequestBytes = 1 << 20;
constexpr int waitPollMs = 25;
constexpr int defaultWaitMs = 5000;
} // namespace

AutomationSession::AutomationSession(QLocalSocket *socket, AutomationCommands &commands, QObject *parent)
    : QObject(parent), m_socket(socket), m_commands(commands)
{
    m_socket->setParent(this);
    m_waitPoll.setInterval(waitPollMs);
    connect(&m_waitPoll, &QTimer::timeout, this, &AutomationSession::pollWait);
    connect(m_socket, &QLocalSocket::readyRead, this, &AutomationSession::readRequests);
    connect(m_socket, &QLocalSocket::disconnected, this, &QObject::deleteLater);
    readRequests();
}

void AutomationSession::readRequests()
{
    m_buffer += m_socket->readAll();
    while (m_waitRequest.isEmpty()) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            handle(line);
    }
    if (m_buffer.size() > maxRequestBytes) {
        reply(automationFailure(QStringLiteral("request longer than 1 MiB")));
        m_socket->disconnectFromServer();
    }
}

void AutomationSession::handle(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        reply(automationFailure(QStringLiteral("not a JSON object: %1").arg(parseError.errorString())));
        return;
    }
    const QJsonObject request = document.object();
    const QString command = request.value(QLatin1String("cmd")).toString();
    qCDebug(lcAutomation) << "request" << command << request.value(QLatin1String("name")).toString();
    if (command == u"wait") {
        startWait(request);
    } else if (command == u"quit") {
        reply(automationSuccess());
        m_socket->flush();
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    } else {
        QJsonObject response = m_commands.execute(request);
        if (request.contains(QLatin1String("id")))
            response.insert(QLatin1String("id"), request.value(QLatin1String("id")));
        reply(response);
    }
}

void AutomationSession::startWait(const QJsonObject &request)
{
    m_waitRequest = request;
    m_waitDeadline =
        QDateTime::currentMSecsSinceEpoch() + request.value(QLatin1String("timeoutMs")).toInt(defaultWaitMs);
    pollWait();
    if (!m_waitRequest.isEmpty())
        m_waitPoll.start();
}

void AutomationSession::pollWait()
{
    QJsonObject query = m_waitRequest;
    query.insert(QLatin1String("cmd"), QStringLiteral("property"));
    const QJsonObject current = m_commands.execute(query);
    const QJsonValue expected = m_waitRequest.value(QLatin1String("value"));
    const bool matched =
        current.value(QLatin1String("ok")).toBool() && current.value(QLatin1String("value")) == expected;
    const bool expired = QDateTime::currentMSecsSinceEpoch() >= m_waitDeadline;
    if (!matched && !expired)
        return;
    m_waitPoll.stop();
    QJsonObject response = current;
    if (!matched) {
        response = automationFailure(
            QStringLiteral("timed out waiting for %1.%2 == %3; last: %4")
                .arg(m_waitRequest.value(QLatin1String("name")).toString(),
                     m_waitRequest.value(QLatin1String("property")).toString(),
                     QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Compact))));
    }
    if (m_waitRequest.contains(QLatin1String("id")))
        response.insert(QLatin1String("id"), m_waitRequest.value(QLatin1String("id")));
    m_waitRequest = {};
    reply(response);
    QMetaObject::invokeMethod(this, &AutomationSession::readRequests, Qt::QueuedConnection);
}

void AutomationSession::reply(QJsonObject response)
{
    m_socket->write(QJsonDocument(response).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace kiosk::app
