#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)        // kiosk.app
Q_DECLARE_LOGGING_CATEGORY(lcConfig)     // kiosk.config
Q_DECLARE_LOGGING_CATEGORY(lcAutomation) // kiosk.automation
Q_DECLARE_LOGGING_CATEGORY(lcSelfTest)   // kiosk.selftest
