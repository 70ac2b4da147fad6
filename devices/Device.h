#pragma once
#include <QObject>
#include <QString>

namespace kiosk::devices {

// The face every device service shows the rest of the kiosk: a state, a message for the
// user (Chinese) and a stable error code for logs and tests. Subclasses drive the state
// through the protected setters; every change is signalled.
class Device : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString kind READ kind CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(DeviceState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorCodeChanged)

public:
    enum class DeviceState { Absent, Ready, Busy, Fault };
    Q_ENUM(DeviceState)

    // kind: stable identifier ("ukey"); displayName: what the user reads ("UKey", "高拍仪").
    Device(QString kind, QString displayName, QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    QString displayName() const { return m_displayName; }
    DeviceState state() const { return m_state; }
    QString message() const { return m_message; }
    QString errorCode() const { return m_errorCode; }

    // "absent", "ready", "busy", "fault": stable names for QML, logs and tests.
    static QString stateKey(DeviceState state);

signals:
    void stateChanged();
    void messageChanged();
    void errorCodeChanged();
    void changed(); // any of state, message, errorCode

protected:
    // Sets all three at once so observers never see a state with a stale message.
    void setStatus(DeviceState state, const QString &message, const QString &errorCode = {});

private:
    QString m_kind;
    QString m_displayName;
    DeviceState m_state = DeviceState::Absent;
    QString m_message;
    QString m_errorCode;
};

} // namespace kiosk::devices
