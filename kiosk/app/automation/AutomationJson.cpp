#include "kiosk/app/automation/AutomationJson.h"

#include <QJSValue>

namespace kiosk::app {

QJsonObject automationSuccess()
{
    return {{QStringLiteral("ok"), true}};
}

QJsonObject automationFailure(const QString &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QJsonValue variantToJson(const QVariant &value)
{
    QVariant plain = value;
    if (plain.metaType() == QMetaType::fromType<QJSValue>())
        plain = plain.value<QJSValue>().toVariant();
    const QJsonValue json = QJsonValue::fromVariant(plain);
    if (json.isNull() && !plain.isNull() && plain.canConvert<QString>())
        return plain.toString();
    return json;
}

} // namespace kiosk::app
