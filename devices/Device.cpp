#include "devices/Device.h"

#include "devices/DeviceLogging.h"

namespace kiosk::devices {

Device::Device(QString kind, QString displayName, QObject *parent)
    : QObject(parent), m_kind(std::move(kind)), m_displayName(std::move(displayName))
{}

QString Device::stateKey(DeviceState state)
{
    switch (state) {
    case DeviceState::Absent:
        return QStringLiteral("absent");
    case DeviceState::Ready:
        return QStringLiteral("ready");
    case DeviceState::Busy:
        return QStringLiteral("busy");
    case DeviceState::Fault:
        return QStringLiteral("fault");
    }
    return QStringLiteral("fault");
}

void Device::setStatus(DeviceState state, const QString &message, const QString &errorCode)
{
    const bool stateDiffers = state != m_state;
    const bool messageDiffers = message != m_message;
    const bool codeDiffers = errorCode != m_errorCode;
    if (!stateDiffers && !messageDiffers && !codeDiffers)
        return;
    m_state = state;
    m_message = message;
    m_errorCode = errorCode;
    qCInfo(lcDevice) << m_kind << "->" << stateKey(state) << (errorCode.isEmpty() ? QString() : errorCode);
    if (stateDiffers)
        emit stateChanged();
    if (messageDiffers)
        emit messageChanged();
    if (codeDiffers)
        emit errorCodeChanged();
    emit changed();
}

} // namespace kiosk::devices
