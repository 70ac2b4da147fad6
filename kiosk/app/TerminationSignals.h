#pragma once
#include <QObject>
#include <QSocketNotifier>

namespace kiosk::app {

// Turns SIGTERM and SIGINT into a normal QCoreApplication::quit(), so a kiosk stopped by
// systemd, a test fixture or Ctrl+C unwinds main(): destructors run, the automation socket
// is removed. The signal handler only writes a byte to a socket pair (async-signal-safe);
// the quit happens on the event loop. One instance per process.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

private:
    static void onSignal(int signalNumber);
    void quitApplication();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kiosk::app
