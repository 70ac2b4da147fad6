#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDevice)       // kiosk.device
Q_DECLARE_LOGGING_CATEGORY(lcDeviceWorker) // kiosk.device.worker
