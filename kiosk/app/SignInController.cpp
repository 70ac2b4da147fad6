#include "kiosk/app/SignInController.h"

#include "devices/Device.h"

namespace kiosk::app {

using devices::Device;

SignInController::SignInController(Device &ukey, QObject *parent) : QObject(parent), m_ukey(ukey)
{
    connect(&m_ukey, &Device::changed, this, &SignInController::changed);
}

bool SignInController::canSignIn() const
{
    return m_ukey.state() == Device::DeviceState::Ready;
}

QString SignInController::blockedReason() const
{
    switch (m_ukey.state()) {
    case Device::DeviceState::Ready:
        return {};
    case Device::DeviceState::Absent:
        return tr("未检测到UKey（%1），暂不能登录").arg(m_ukey.message());
    case Device::DeviceState::Busy:
        return tr("UKey正忙，请稍候");
    case Device::DeviceState::Fault:
        return tr("UKey故障：%1").arg(m_ukey.message());
    }
    return {};
}

} // namespace kiosk::app
