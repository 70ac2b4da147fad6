#include "kiosk/app/QmlSingletons.h"

#include "devices/DeviceStatusModel.h"
#include "kiosk/app/SignInController.h"
#include "kiosk/app/TerminalInfo.h"

#include <QQmlEngine>

namespace kiosk::app {

void publishQmlSingletons(devices::DeviceStatusModel &devices, TerminalInfo &terminal,
                          SignInController &signIn)
{
    constexpr const char *uri = "Kiosk.App";
    qmlRegisterSingletonInstance(uri, 1, 0, "Devices", &devices);
    qmlRegisterSingletonInstance(uri, 1, 0, "Terminal", &terminal);
    qmlRegisterSingletonInstance(uri, 1, 0, "SignIn", &signIn);
}

} // namespace kiosk::app
