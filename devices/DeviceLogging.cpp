#include "devices/DeviceLogging.h"

Q_LOGGING_CATEGORY(lcDevice, "kiosk.device")
Q_LOGGING_CATEGORY(lcDeviceWorker, "kiosk.device.worker")
