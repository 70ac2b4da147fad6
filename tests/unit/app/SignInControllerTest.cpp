#include "kiosk/app/SignInController.h"

#include "devices/Device.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using kiosk::app::SignInController;
using kiosk::devices::Device;

namespace {
class FakeUKey : public Device
{
public:
    FakeUKey() : Device(QStringLiteral("ukey"), QStringLiteral("UKey"))
    {
        setStatus(DeviceState::Absent, QStringLiteral("尚未接入"), QStringLiteral("ukey.not_connected"));
    }
    using Device::setStatus;
};
} // namespace

TEST(SignInController, BlockedWithReasonWhileNoUKey)
{
    FakeUKey ukey;
    SignInController signIn(ukey);
    EXPECT_FALSE(signIn.canSignIn());
    EXPECT_TRUE(signIn.blockedReason().contains(QStringLiteral("未检测到UKey")));
    EXPECT_TRUE(signIn.blockedReason().contains(QStringLiteral("尚未接入")));
}

TEST(SignInController, FollowsTheUKeyState)
{
    FakeUKey ukey;
    SignInController signIn(ukey);
    QSignalSpy changed(&signIn, &SignInController::changed);
    ukey.setStatus(Device::DeviceState::Ready, QStringLiteral("已插入"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(signIn.canSignIn());
    EXPECT_TRUE(signIn.blockedReason().isEmpty());
    ukey.setStatus(Device::DeviceState::Fault, QStringLiteral("PIN已锁定"),
                   QStringLiteral("ukey.pin_locked"));
    EXPECT_FALSE(signIn.canSignIn());
    EXPECT_TRUE(signIn.blockedReason().contains(QStringLiteral("PIN已锁定")));
}
