#pragma once
#include "devices/Device.h"

namespace kiosk::devices {

// Stands in for a device kind whose backend is not written yet: it honestly reports
// Absent with "尚未接入" (error code "<kind>.not_connected") instead of pretending.
class UnconfiguredDevice : public Device
{
    Q_OBJECT
public:
    UnconfiguredDevice(QString kind, QString displayName, QObject *parent = nullptr);
};

} // namespace kiosk::devices
