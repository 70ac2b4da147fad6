#pragma once
#include "kiosk/core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>
#include <QString>

namespace kiosk::e2e {

// A synchronous client for the kiosk's automation interface (docs/automation.md), for the
// end-to-end tests and the demo tour. Each call sends one request and waits for its reply;
// a reply with "ok": false comes back as an Error with code "automation.refused".
class AutomationClient
{
public:
    // Retries until the kiosk accepts the connection or the timeout passes.
    Result<void> connectTo(const QString &socketPath, int timeoutMs = 10000);

    Result<QJsonObject> request(const QJsonObject &request, int timeoutMs = 10000);
    // Sends raw bytes as one line, for protocol tests.
    Result<QJsonObject> requestRaw(const QByteArray &line, int timeoutMs = 10000);

    Result<bool> exists(const QString &objectName);
    Result<bool> isVisible(const QString &objectName);
    Result<QJsonValue> property(const QString &objectName, const QString &property);
    Result<void> setText(const QString &objectName, const QString &text);
    Result<void> type(const QString &objectName, const QString &text);
    Result<void> click(const QString &objectName);
    Result<void> waitFor(const QString &objectName, const QString &property, const QJsonValue &value,
                         int timeoutMs = 5000);
    Result<void> resize(int width, int height); // and waits until the window has that size
    Result<void> screenshot(const QString &pngPath);
    Result<void> quit();

private:
    Result<void> expectOk(const QJsonObject &request);

    QLocalSocket m_socket;
};

} // namespace kiosk::e2e
