#include "kiosk/app/automation/AutomationCommands.h"

#include "kiosk/app/automation/AutomationJson.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonValue>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

namespace kiosk::app {

namespace {
QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (!item)
        return nullptr;
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}
} // namespace

AutomationCommands::AutomationCommands(QQuickWindow &window) : m_window(&window) {}

QJsonObject AutomationCommands::execute(const QJsonObject &request)
{
    if (!m_window)
        return automationFailure(QStringLiteral("the window is gone"));
    const QString command = request.value(QLatin1String("cmd")).toString();
    if (command == u"ping")
        return automationSuccess();
    if (command == u"find")
        return find(request);
    if (command == u"property")
        return property(request);
    if (command == u"setText")
        return setText(request);
    if (command == u"type")
        return typeText(request);
    if (command == u"click")
        return click(request);
    if (command == u"screenshot")
        return screenshot(request);
    if (command == u"resize")
        return resize(request);
    return automationFailure(QStringLiteral("unknown cmd '%1'").arg(command));
}

QObject *AutomationCommands::findObject(const QString &objectName) const
{
    if (!m_window || objectName.isEmpty())
        return nullptr;
    if (m_window->objectName() == objectName)
        return m_window;
    return findItem(m_window->contentItem(), objectName);
}

QQuickItem *AutomationCommands::requireItem(const QJsonObject &request, QJsonObject &failure) const
{
    const QString name = request.value(QLatin1String("name")).toString();
    auto *item = qobject_cast<QQuickItem *>(findObject(name));
    if (!item)
        failure = automationFailure(QStringLiteral("no item with objectName '%1'").arg(name));
    return item;
}

QJsonObject AutomationCommands::find(const QJsonObject &request)
{
    QObject *object = findObject(request.value(QLatin1String("name")).toString());
    QJsonObject reply = automationSuccess();
    reply.insert(QLatin1String("exists"), object != nullptr);
    bool visible = false;
    if (auto *item = qobject_cast<QQuickItem *>(object))
        visible = item->isVisible() && item->opacity() > 0;
    else if (object == m_window)
        visible = m_window->isVisible();
    reply.insert(QLatin1String("visible"), visible);
    return reply;
}

QJsonObject AutomationCommands::property(const QJsonObject &request)
{
    const QString name = request.value(QLatin1String("name")).toString();
    QObject *object = findObject(name);
    if (!object)
        return automationFailure(QStringLiteral("no item with objectName '%1'").arg(name));
    const QString propertyName = request.value(QLatin1String("property")).toString();
    const QVariant value = object->property(propertyName.toUtf8().constData());
    if (!value.isValid())
        return automationFailure(QStringLiteral("'%1' has no property '%2'").arg(name, propertyName));
    QJsonObject reply = automationSuccess();
    reply.insert(QLatin1String("value"), variantToJson(value));
    return reply;
}

QJsonObject AutomationCommands::setText(const QJsonObject &request)
{
    QJsonObject failure;
    QQuickItem *item = requireItem(request, failure);
    if (!item)
        return failure;
    item->forceActiveFocus();
    if (!item->setProperty("text", request.value(QLatin1String("text")).toString()))
        return automationFailure(QStringLiteral("'%1' has no writable text").arg(item->objectName()));
    return automationSuccess();
}

// Types like a keyboard would: focus the item, then one key press/release per character.
QJsonObject AutomationCommands::typeText(const QJsonObject &request)
{
    QJsonObject failure;
    QQuickItem *item = requireItem(request, failure);
    if (!item)
        return failure;
    if (!item->isVisible() || !item->isEnabled())
        return automationFailure(QStringLiteral("'%1' is not visible and enabled").arg(item->objectName()));
    item->forceActiveFocus();
    for (const QChar character : request.value(QLatin1String("text")).toString()) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(character));
        QGuiApplication::sendEvent(m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(character));
        QGuiApplication::sendEvent(m_window, &release);
    }
    return automationSuccess();
}

// A real left click at the item's centre, delivered to the window like a touch would be.
QJsonObject AutomationCommands::click(const QJsonObject &request)
{
    QJsonObject failure;
    QQuickItem *item = requireItem(request, failure);
    if (!item)
        return failure;
    if (!item->isVisible())
        return automationFailure(QStringLiteral("'%1' is not visible").arg(item->objectName()));
    if (!item->isEnabled())
        return automationFailure(QStringLiteral("'%1' is disabled").arg(item->objectName()));
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    const QPointF global = m_window->mapToGlobal(centre);
    QMouseEvent press(QEvent::MouseButtonPress, centre, centre, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, centre, centre, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &release);
    QJsonObject reply = automationSuccess();
    reply.insert(QLatin1String("x"), centre.x());
    reply.insert(QLatin1String("y"), centre.y());
    return reply;
}

QJsonObject AutomationCommands::screenshot(const QJsonObject &request)
{
    const QString path = request.value(QLatin1String("path")).toString();
    if (path.isEmpty())
        return automationFailure(QStringLiteral("screenshot needs a 'path'"));
    const QImage image = m_window->grabWindow();
    if (image.isNull())
        return automationFailure(QStringLiteral("could not grab the window"));
    if (!image.save(path, "PNG"))
        return automationFailure(QStringLiteral("could not write '%1'").arg(path));
    QJsonObject reply = automationSuccess();
    reply.insert(QLatin1String("width"), image.width());
    reply.insert(QLatin1String("height"), image.height());
    return reply;
}

QJsonObject AutomationCommands::resize(const QJsonObject &request)
{
    const int width = request.value(QLatin1String("width")).toInt();
    const int height = request.value(QLatin1String("height")).toInt();
    if (width < 1 || height < 1 || width > 8192 || height > 8192)
        return automationFailure(QStringLiteral("resize needs a positive 'width' and 'height'"));
    m_window->resize(width, height);
    return automationSuccess();
}

} // namespace kiosk::app
