#pragma once
#include "devices/DeviceStatusModel.h"
#include "devices/UnconfiguredDevice.h"
#include "kiosk/app/config/TerminalConfig.h"

namespace kiosk::app {

// The terminal's devices, in status-bar order. Every kind is a placeholder that reports
// "尚未接入" until its backend lands; then this is where configuration picks the real
// backend or the simulator for each kind.
class TerminalDevices
{
public:
    explicit TerminalDevices(const TerminalConfig &config);

    devices::Device &ukey() { return m_ukey; }
    devices::DeviceStatusModel &statusModel() { return m_statusModel; }

private:
    devices::UnconfiguredDevice m_ukey;
    devices::UnconfiguredDevice m_camera;
    devices::UnconfiguredDevice m_printer;
    devices::UnconfiguredDevice m_gateway;
    devices::DeviceStatusModel m_statusModel;
};

} // namespace kiosk::app
