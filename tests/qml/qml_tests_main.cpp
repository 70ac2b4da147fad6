#include "QmlTestSetup.h"
#include "kiosk/app/QmlSingletons.h"

#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

void QmlTestSetup::applicationAvailable()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    m_devices.emplace(m_config);
    m_terminal.emplace(m_config);
    m_signIn.emplace(m_devices->ukey());
    kiosk::app::publishQmlSingletons(m_devices->statusModel(), *m_terminal, *m_signIn);
}

void QmlTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
}

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml_tests, QmlTestSetup)
