#pragma once
// Gives the Qt Quick Tests the same world the kiosk has: the Kiosk module from resources
// and the Kiosk.App singletons, built from the default configuration.
#include "kiosk/app/SignInController.h"
#include "kiosk/app/TerminalDevices.h"
#include "kiosk/app/TerminalInfo.h"
#include "kiosk/app/config/TerminalConfig.h"

#include <QObject>
#include <QQmlEngine>
#include <optional>

class QmlTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);

private:
    kiosk::app::TerminalConfig m_config;
    std::optional<kiosk::app::TerminalDevices> m_devices;
    std::optional<kiosk::app::TerminalInfo> m_terminal;
    std::optional<kiosk::app::SignInController> m_signIn;
};
