#include "kiosk/app/AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "kiosk.app")
Q_LOGGING_CATEGORY(lcConfig, "kiosk.config")
Q_LOGGING_CATEGORY(lcAutomation, "kiosk.automation")
Q_LOGGING_CATEGORY(lcSelfTest, "kiosk.selftest")
