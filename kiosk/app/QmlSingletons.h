#pragma once

namespace kiosk::devices {
class DeviceStatusModel;
}

namespace kiosk::app {

class SignInController;
class TerminalInfo;

// Publishes the long-lived objects main() built to QML as singletons of module Kiosk.App
// (Devices, Terminal, SignIn). They are created with constructor arguments and wired
// explicitly, which QML_SINGLETON's engine-side construction cannot do; the objects must
// outlive every engine that uses them. Call before loading any QML.
void publishQmlSingletons(devices::DeviceStatusModel &devices, TerminalInfo &terminal,
                          SignInController &signIn);

} // namespace kiosk::app
