// The kiosk executable: reads the configuration, builds the long-lived services on the
// stack, publishes them to QML and shows the Kiosk module's Main.qml.
#include "kiosk/app/AppLogging.h"
#include "kiosk/app/QmlSelfTest.h"
#include "kiosk/app/QmlSingletons.h"
#include "kiosk/app/SignInController.h"
#include "kiosk/app/TerminalDevices.h"
#include "kiosk/app/TerminalInfo.h"
#include "kiosk/app/TerminationSignals.h"
#include "kiosk/app/automation/AutomationServer.h"
#include "kiosk/app/config/TerminalConfigLoader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {
void installLoggingRules()
{
    QFile rules(QStringLiteral(":/kiosk/qtlogging.ini"));
    if (rules.open(QIODevice::ReadOnly))
        QLoggingCategory::setFilterRules(
            QString::fromUtf8(rules.readAll()).section(QLatin1String("[Rules]"), 1));
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    installLoggingRules();
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("kiosk"));
    app.setApplicationDisplayName(QStringLiteral("工伤服务终端"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("工伤服务终端 work-injury service terminal"));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Terminal configuration (INI)."), QStringLiteral("FILE"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Load every QML file and exit."));
    const QCommandLineOption automationOption(
        QStringLiteral("automation"), QStringLiteral("Test-only remote control on this local socket."),
        QStringLiteral("SOCKET"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            QStringLiteral("A window instead of fullscreen."));
    parser.addOptions({configOption, selfTestOption, automationOption, windowedOption});
    parser.process(app); // exits 0 for --help, 1 for unknown options

    QString configSource;
    const kiosk::Result<kiosk::app::TerminalConfig> config =
        kiosk::app::TerminalConfigLoader::loadForStartup(parser.value(configOption), configSource);
    if (!config.ok())
        return fail(2, QString::fromStdString(config.error().message));
    qCInfo(lcConfig) << "configuration from" << configSource;

    kiosk::app::TerminalDevices devices(config.value());
    kiosk::app::TerminalInfo terminal(config.value());
    kiosk::app::SignInController signIn(devices.ukey());
    kiosk::app::publishQmlSingletons(devices.statusModel(), terminal, signIn);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not add it itself

    if (parser.isSet(selfTestOption)) {
        QStringList checked;
        const QStringList failures = kiosk::app::QmlSelfTest::run(engine, &checked);
        if (!failures.isEmpty())
            return fail(1, QStringLiteral("self-test failed:\n  ") + failures.join(QStringLiteral("\n  ")));
        std::printf("self-test ok: %s\n", qPrintable(checked.join(QStringLiteral(", "))));
        return 0;
    }

    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(1, QStringLiteral("kiosk: Main.qml did not load (see the errors above)"));
    // Offscreen has no real screen to fill; tests and the demo tour size the window themselves.
    if (parser.isSet(windowedOption) || QGuiApplication::platformName() == u"offscreen")
        window->show();
    else
        window->showFullScreen();

    std::optional<kiosk::app::AutomationServer> automation;
    if (parser.isSet(automationOption)) {
        automation.emplace(*window);
        if (const kiosk::Result<void> listening = automation->listen(parser.value(automationOption));
            !listening.ok())
            return fail(1, QString::fromStdString(listening.error().message));
    }
    kiosk::app::TerminationSignals terminationSignals;
    return app.exec();
}
