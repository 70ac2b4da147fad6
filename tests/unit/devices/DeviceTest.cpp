#include "devices/Device.h"

#include "TestApplication.h"
#include "devices/UnconfiguredDevice.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using kiosk::devices::Device;

namespace {

class FakeDevice : public Device
{
public:
    FakeDevice() : Device(QStringLiteral("printer"), QStringLiteral("打印机")) {}
    using Device::setStatus;
};

} // namespace

TEST(Device, StartsAbsentWithNameAndKind)
{
    FakeDevice device;
    EXPECT_EQ(device.state(), Device::DeviceState::Absent);
    EXPECT_EQ(device.kind(), QStringLiteral("printer"));
    EXPECT_EQ(device.displayName(), QStringLiteral("打印机"));
}

TEST(Device, StateChangeEmitsEachChangedPropertyOnce)
{
    kiosk::testing::testApplication();
    FakeDevice device;
    QSignalSpy state(&device, &Device::stateChanged);
    QSignalSpy message(&device, &Device::messageChanged);
    QSignalSpy code(&device, &Device::errorCodeChanged);
    QSignalSpy any(&device, &Device::changed);

    device.setStatus(Device::DeviceState::Fault, QStringLiteral("缺纸"),
                     QStringLiteral("printer.media_empty"));
    EXPECT_EQ(state.count(), 1);
    EXPECT_EQ(message.count(), 1);
    EXPECT_EQ(code.count(), 1);
    EXPECT_EQ(any.count(), 1);
    EXPECT_EQ(device.state(), Device::DeviceState::Fault);
    EXPECT_EQ(device.message(), QStringLiteral("缺纸"));
    EXPECT_EQ(device.errorCode(), QStringLiteral("printer.media_empty"));

    device.setStatus(Device::DeviceState::Fault, QStringLiteral("卡纸"), QStringLiteral("printer.media_jam"));
    EXPECT_EQ(state.count(), 1) << "the state did not change, so no stateChanged";
    EXPECT_EQ(message.count(), 2);
    EXPECT_EQ(any.count(), 2);
}

TEST(Device, SettingTheSameStatusEmitsNothing)
{
    FakeDevice device;
    device.setStatus(Device::DeviceState::Ready, QStringLiteral("就绪"));
    QSignalSpy any(&device, &Device::changed);
    device.setStatus(Device::DeviceState::Ready, QStringLiteral("就绪"));
    EXPECT_EQ(any.count(), 0);
}

TEST(Device, StateKeysAreStable)
{
    EXPECT_EQ(Device::stateKey(Device::DeviceState::Absent), QStringLiteral("absent"));
    EXPECT_EQ(Device::stateKey(Device::DeviceState::Ready), QStringLiteral("ready"));
    EXPECT_EQ(Device::stateKey(Device::DeviceState::Busy), QStringLiteral("busy"));
    EXPECT_EQ(Device::stateKey(Device::DeviceState::Fault), QStringLiteral("fault"));
}

TEST(UnconfiguredDevice, HonestlyReportsAbsentNotConnected)
{
    kiosk::devices::UnconfiguredDevice camera(QStringLiteral("camera"), QStringLiteral("高拍仪"));
    EXPECT_EQ(camera.state(), Device::DeviceState::Absent);
    EXPECT_EQ(camera.message(), QStringLiteral("尚未接入"));
    EXPECT_EQ(camera.errorCode(), QStringLiteral("camera.not_connected"));
}
