#pragma once
#include <QObject>

namespace kiosk::devices {
class Device;
}

namespace kiosk::app {

// The sign-in screen's logic: whether a UKey sign-in can start, and if not, why (in
// Chinese, for the user). Published to QML as Kiosk.App/SignIn.
class SignInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool canSignIn READ canSignIn NOTIFY changed)
    Q_PROPERTY(QString blockedReason READ blockedReason NOTIFY changed)
public:
    explicit SignInController(devices::Device &ukey, QObject *parent = nullptr);

    bool canSignIn() const;
    QString blockedReason() const; // empty when canSignIn

signals:
    void changed();

private:
    devices::Device &m_ukey;
};

} // namespace kiosk::app
