#include "devices/DeviceStatusModel.h"

#include "TestApplication.h"
#include "devices/UnconfiguredDevice.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using kiosk::devices::Device;
using kiosk::devices::DeviceStatusModel;

namespace {
class FakeDevice : public Device
{
public:
    FakeDevice() : Device(QStringLiteral("ukey"), QStringLiteral("UKey")) {}
    using Device::setStatus;
};
} // namespace

TEST(DeviceStatusModel, ExposesEachDeviceInOrderWithRoles)
{
    kiosk::devices::UnconfiguredDevice camera(QStringLiteral("camera"), QStringLiteral("高拍仪"));
    FakeDevice ukey;
    DeviceStatusModel model({&ukey, &camera});
    ASSERT_EQ(model.rowCount(), 2);
    const QHash<int, QByteArray> roles = model.roleNames();
    EXPECT_EQ(roles.value(DeviceStatusModel::NameRole), "name");
    EXPECT_EQ(roles.value(DeviceStatusModel::StateRole), "state");
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::NameRole).toString(), QStringLiteral("高拍仪"));
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::StateRole).toString(), QStringLiteral("absent"));
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::MessageRole).toString(),
              QStringLiteral("尚未接入"));
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::ErrorCodeRole).toString(),
              QStringLiteral("camera.not_connected"));
    EXPECT_FALSE(model.data(model.index(5), DeviceStatusModel::NameRole).isValid());
    EXPECT_EQ(model.device(QStringLiteral("camera")), &camera);
    EXPECT_EQ(model.device(QStringLiteral("scanner")), nullptr);
}

TEST(DeviceStatusModel, DeviceChangeUpdatesItsRow)
{
    kiosk::testing::testApplication();
    kiosk::devices::UnconfiguredDevice camera(QStringLiteral("camera"), QStringLiteral("高拍仪"));
    FakeDevice ukey;
    DeviceStatusModel model({&camera, &ukey});
    QSignalSpy spy(&model, &DeviceStatusModel::dataChanged);
    ukey.setStatus(Device::DeviceState::Ready, QStringLiteral("已插入"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::StateRole).toString(), QStringLiteral("ready"));
    EXPECT_EQ(model.data(model.index(1), DeviceStatusModel::MessageRole).toString(),
              QStringLiteral("已插入"));
}
