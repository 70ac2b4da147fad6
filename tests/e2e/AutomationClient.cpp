#include "AutomationClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

namespace kiosk::e2e {

namespace {
Error failure(const char *code, const QString &message)
{
    return Error{code, message.toStdString()};
}
} // namespace

Result<void> AutomationClient::connectTo(const QString &socketPath, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_socket.connectToServer(socketPath);
        if (m_socket.waitForConnected(1000))
            return {};
        if (deadline.hasExpired())
            return failure(
                "automation.connect_failed",
                QStringLiteral("cannot connect to %1: %2").arg(socketPath, m_socket.errorString()));
        m_socket.abort();
        QThread::msleep(100);
    }
}

Result<QJsonObject> AutomationClient::requestRaw(const QByteArray &line, int timeoutMs)
{
    if (m_socket.state() != QLocalSocket::ConnectedState)
        return failure("automation.not_connected", QStringLiteral("not connected"));
    m_socket.write(line + '\n');
    if (!m_socket.waitForBytesWritten(timeoutMs))
        return failure("automation.io", QStringLiteral("write failed: %1").arg(m_socket.errorString()));
    QDeadlineTimer deadline(timeoutMs);
    while (!m_socket.canReadLine()) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            return failure("automation.timeout",
                           QStringLiteral("no reply to %1").arg(QString::fromUtf8(line)));
    }
    const QJsonDocument reply = QJsonDocument::fromJson(m_socket.readLine());
    if (!reply.isObject())
        return failure("automation.bad_reply", QStringLiteral("reply is not a JSON object"));
    return reply.object();
}

Result<QJsonObject> AutomationClient::request(const QJsonObject &request, int timeoutMs)
{
    Result<QJsonObject> reply = requestRaw(QJsonDocument(request).toJson(QJsonDocument::Compact), timeoutMs);
    if (!reply.ok())
        return reply;
    if (!reply.value().value(QLatin1String("ok")).toBool())
        return failure("automation.refused", reply.value().value(QLatin1String("error")).toString());
    return reply;
}

Result<void> AutomationClient::expectOk(const QJsonObject &req)
{
    Result<QJsonObject> reply = request(req);
    if (!reply.ok())
        return reply.error();
    return {};
}

Result<bool> AutomationClient::exists(const QString &objectName)
{
    Result<QJsonObject> reply = request({{"cmd", "find"}, {"name", objectName}});
    if (!reply.ok())
        return reply.error();
    return reply.value().value(QLatin1String("exists")).toBool();
}

Result<bool> AutomationClient::isVisible(const QString &objectName)
{
    Result<QJsonObject> reply = request({{"cmd", "find"}, {"name", objectName}});
    if (!reply.ok())
        return reply.error();
    return reply.value().value(QLatin1String("visible")).toBool();
}

Result<QJsonValue> AutomationClient::property(const QString &objectName, const QString &property)
{
    Result<QJsonObject> reply = request({{"cmd", "property"}, {"name", objectName}, {"property", property}});
    if (!reply.ok())
        return reply.error();
    return reply.value().value(QLatin1String("value"));
}

Result<void> AutomationClient::setText(const QString &objectName, const QString &text)
{
    return expectOk({{"cmd", "setText"}, {"name", objectName}, {"text", text}});
}

Result<void> AutomationClient::type(const QString &objectName, const QString &text)
{
    return expectOk({{"cmd", "type"}, {"name", objectName}, {"text", text}});
}

Result<void> AutomationClient::click(const QString &objectName)
{
    return expectOk({{"cmd", "click"}, {"name", objectName}});
}

Result<void> AutomationClient::waitFor(const QString &objectName, const QString &property,
                                       const QJsonValue &value, int timeoutMs)
{
    Result<QJsonObject> reply = request({{"cmd", "wait"},
                                         {"name", objectName},
                                         {"property", property},
                                         {"value", value},
                                         {"timeoutMs", timeoutMs}},
                                        timeoutMs + 5000);
    if (!reply.ok())
        return reply.error();
    return {};
}

Result<void> AutomationClient::resize(int width, int height)
{
    if (Result<void> resized = expectOk({{"cmd", "resize"}, {"width", width}, {"height", height}});
        !resized.ok())
        return resized;
    if (Result<void> wide = waitFor(QStringLiteral("mainWindow"), QStringLiteral("width"), width); !wide.ok())
        return wide;
    return waitFor(QStringLiteral("mainWindow"), QStringLiteral("height"), height);
}

Result<void> AutomationClient::screenshot(const QString &pngPath)
{
    return expectOk({{"cmd", "screenshot"}, {"path", pngPath}});
}

Result<void> AutomationClient::quit()
{
    return expectOk({{"cmd", "quit"}});
}

} // namespace kiosk::e2e
