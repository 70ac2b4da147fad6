#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QLocalSocket;

namespace kiosk::app {

class AutomationCommands;

// One client connection: reads newline-delimited JSON requests and answers each with one
// JSON line, strictly in order. "wait" polls without blocking the event loop; later
// requests stay queued until it answers. "quit" answers, then quits the application.
class AutomationSession : public QObject
{
    Q_OBJECT
public:
    AutomationSession(QLocalSocket *socket, AutomationCommands &commands, QObject *parent = nullptr);

private:
    void readRequests();
    void handle(const QByteArray &line);
    void startWait(const QJsonObject &request);
    void pollWait();
    void reply(QJsonObject response);

    QLocalSocket *m_socket;
    AutomationCommands &m_commands;
    QByteArray m_buffer;
    QJsonObject m_waitRequest; // non-empty while a wait is pending
    QTimer m_waitPoll;
    qint64 m_waitDeadline = 0;
};

} // namespace kiosk::app
