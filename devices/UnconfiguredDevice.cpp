#include "devices/UnconfiguredDevice.h"

#include <QCoreApplication>

namespace kiosk::devices {

UnconfiguredDevice::UnconfiguredDevice(QString kind, QString displayName, QObject *parent)
    : Device(std::move(kind), std::move(displayName), parent)
{
    setStatus(DeviceState::Absent, tr("尚未接入"), this->kind() + QStringLiteral(".not_connected"));
}

} // namespace kiosk::devices
