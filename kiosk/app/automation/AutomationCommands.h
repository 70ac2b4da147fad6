#pragma once
#include <QJsonObject>
#include <QPointer>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace kiosk::app {

// The synchronous commands of the automation protocol (docs/automation.md), acting on one
// window: find, property, setText, type, click, screenshot, resize. Items are found by
// objectName: walking the item tree is exactly what a test driver is for, and this code
// only exists when the kiosk was started with --automation.
class AutomationCommands
{
public:
    explicit AutomationCommands(QQuickWindow &window);

    // Runs one request; the reply always has "ok" and, on failure, "error".
    QJsonObject execute(const QJsonObject &request);

    // The window itself (by its objectName) or the first visual item with that objectName.
    QObject *findObject(const QString &objectName) const;

private:
    QJsonObject find(const QJsonObject &request);
    QJsonObject property(const QJsonObject &request);
    QJsonObject setText(const QJsonObject &request);
    QJsonObject typeText(const QJsonObject &request);
    QJsonObject click(const QJsonObject &request);
    QJsonObject screenshot(const QJsonObject &request);
    QJsonObject resize(const QJsonObject &request);

    QQuickItem *requireItem(const QJsonObject &request, QJsonObject &failure) const;

    QPointer<QQuickWindow> m_window;
};

} // namespace kiosk::app
