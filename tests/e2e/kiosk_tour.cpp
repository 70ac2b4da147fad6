// kiosk_tour: connects to a running kiosk's automation socket and saves a screenshot of
// each screen, at 1366×768 and 1024×768, into a folder. The demo uses it when there is no
// display. Exit 0 ok, 1 the kiosk refused or failed, 2 usage.
#include "AutomationClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSize>
#include <cstdio>

namespace {
int fail(const kiosk::Error &error)
{
    std::fprintf(stderr, "kiosk_tour: %s (%s)\n", error.message.c_str(), error.code.c_str());
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Screenshots of every kiosk screen."));
    parser.addHelpOption();
    const QCommandLineOption socketOption(QStringLiteral("socket"), QStringLiteral("Automation socket."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                       QStringLiteral("DIR"));
    parser.addOptions({socketOption, outOption});
    parser.process(app);
    if (!parser.isSet(socketOption) || !parser.isSet(outOption)) {
        std::fprintf(stderr, "usage: kiosk_tour --socket PATH --out DIR\n");
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "kiosk_tour: cannot create %s\n", qPrintable(out.absolutePath()));
        return 1;
    }

    kiosk::e2e::AutomationClient kiosk;
    if (auto connected = kiosk.connectTo(parser.value(socketOption)); !connected.ok())
        return fail(connected.error());
    if (auto shown = kiosk.waitFor(QStringLiteral("signin.title"), QStringLiteral("visible"), true);
        !shown.ok())
        return fail(shown.error());

    const QList<QSize> sizes = {{1366, 768}, {1024, 768}};
    for (const QSize &size : sizes) {
        if (auto resized = kiosk.resize(size.width(), size.height()); !resized.ok())
            return fail(resized.error());
        const QString path =
            out.absoluteFilePath(QStringLiteral("01-sign-in-%1x%2.png").arg(size.width()).arg(size.height()));
        if (auto saved = kiosk.screenshot(path); !saved.ok())
            return fail(saved.error());
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
