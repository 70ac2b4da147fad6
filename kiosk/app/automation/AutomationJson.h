#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace kiosk::app {

QJsonObject automationSuccess();
QJsonObject automationFailure(const QString &error);

// QML property values as JSON; types JSON has no form for (colours, URLs) become strings.
QJsonValue variantToJson(const QVariant &value);

} // namespace kiosk::app
