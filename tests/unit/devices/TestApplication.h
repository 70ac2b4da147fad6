#pragma once
// One QCoreApplication for the whole test binary (gtest_main has none), and a helper that
// spins the event loop until a condition holds or a deadline passes.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <functional>

namespace kiosk::testing {

inline QCoreApplication &testApplication()
{
    static int argc = 1;
    static char name[] = "devices_tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline bool spinUntil(const std::function<bool()> &condition, int timeoutMs = 5000)
{
    testApplication();
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace kiosk::testing
