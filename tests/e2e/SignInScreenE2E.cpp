// End-to-end: the real kiosk binary (started once per run by the kiosk_e2e fixture,
// offscreen, with the committed configuration template) driven over its automation socket.
#include "AutomationClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <gtest/gtest.h>

using kiosk::e2e::AutomationClient;

namespace {

#define ASSERT_OK(result) ASSERT_TRUE((result).ok()) << (result).error().message

class SignInScreenE2E : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_OK(kiosk.connectTo(QStringLiteral(KIOSK_E2E_SOCKET))); }

    QString propertyText(const QString &name, const QString &property)
    {
        auto value = kiosk.property(name, property);
        EXPECT_TRUE(value.ok()) << (value.ok() ? "" : value.error().message);
        return value.ok() ? value.value().toVariant().toString() : QString();
    }

    AutomationClient kiosk;
};

TEST_F(SignInScreenE2E, StatusBarShowsEveryDeviceAsNotYetConnected)
{
    for (const char *kind : {"ukey", "camera", "printer", "gateway"}) {
        const QString item = QStringLiteral("deviceStatus.%1").arg(QLatin1String(kind));
        auto visible = kiosk.isVisible(item);
        ASSERT_OK(visible);
        EXPECT_TRUE(visible.value()) << kind;
        EXPECT_EQ(propertyText(item, QStringLiteral("state")), QStringLiteral("absent")) << kind;
        EXPECT_EQ(propertyText(item, QStringLiteral("message")), QStringLiteral("尚未接入")) << kind;
    }
    EXPECT_EQ(propertyText(QStringLiteral("deviceStatus.camera"), QStringLiteral("deviceName")),
              QStringLiteral("高拍仪"));
}

TEST_F(SignInScreenE2E, ShowsChineseTitleAndExplainsWhySignInIsDisabled)
{
    EXPECT_EQ(propertyText(QStringLiteral("signin.title"), QStringLiteral("text")),
              QStringLiteral("工伤定点医疗机构服务"));
    EXPECT_EQ(propertyText(QStringLiteral("header.title"), QStringLiteral("text")),
              QStringLiteral("工伤服务终端"));
    EXPECT_EQ(propertyText(QStringLiteral("signin.prompt"), QStringLiteral("text")),
              QStringLiteral("请插入CA证书UKey"));
    auto enabled = kiosk.property(QStringLiteral("signin.submit"), QStringLiteral("enabled"));
    ASSERT_OK(enabled);
    EXPECT_FALSE(enabled.value().toBool());
    auto reasonShown = kiosk.isVisible(QStringLiteral("signin.blockedReason"));
    ASSERT_OK(reasonShown);
    EXPECT_TRUE(reasonShown.value());
    EXPECT_TRUE(propertyText(QStringLiteral("signin.blockedReason"), QStringLiteral("text"))
                    .contains(QStringLiteral("未检测到UKey")));
}

TEST_F(SignInScreenE2E, TypedPinIsMaskedAndSubmitStaysDisabledWithoutUKey)
{
    ASSERT_OK(kiosk.type(QStringLiteral("signin.pin"), QStringLiteral("123456")));
    EXPECT_EQ(propertyText(QStringLiteral("signin.pin"), QStringLiteral("text")), QStringLiteral("123456"));
    EXPECT_EQ(propertyText(QStringLiteral("signin.pin"), QStringLiteral("displayText")).size(), 6);
    EXPECT_NE(propertyText(QStringLiteral("signin.pin"), QStringLiteral("displayText")),
              QStringLiteral("123456"));
    auto click = kiosk.click(QStringLiteral("signin.submit"));
    ASSERT_FALSE(click.ok()) << "a disabled button must refuse the click";
    EXPECT_NE(click.error().message.find("disabled"), std::string::npos);
    ASSERT_OK(kiosk.setText(QStringLiteral("signin.pin"), QString()));
    EXPECT_EQ(propertyText(QStringLiteral("signin.pin"), QStringLiteral("text")), QString());
}

TEST_F(SignInScreenE2E, ScreenshotsAtSupportedSizes)
{
    const QDir artifacts(QStringLiteral(KIOSK_E2E_ARTIFACTS));
    ASSERT_TRUE(QDir().mkpath(artifacts.absolutePath()));
    for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
        ASSERT_OK(kiosk.resize(size.width(), size.height()));
        const QString path = artifacts.absoluteFilePath(
            QStringLiteral("sign-in-%1x%2.png").arg(size.width()).arg(size.height()));
        QFile::remove(path);
        ASSERT_OK(kiosk.screenshot(path));
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), size);
    }
}

TEST_F(SignInScreenE2E, ProtocolErrorsAreRepliesNotCrashes)
{
    auto unknown = kiosk.requestRaw(R"({"cmd":"fly"})");
    ASSERT_OK(unknown);
    EXPECT_FALSE(unknown.value().value(QLatin1String("ok")).toBool());
    auto garbage = kiosk.requestRaw("{not json");
    ASSERT_OK(garbage);
    EXPECT_FALSE(garbage.value().value(QLatin1String("ok")).toBool());
    auto missing = kiosk.property(QStringLiteral("no.such.item"), QStringLiteral("text"));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no.such.item"), std::string::npos);
    auto absent = kiosk.exists(QStringLiteral("no.such.item"));
    ASSERT_OK(absent);
    EXPECT_FALSE(absent.value());
    auto timedOut = kiosk.waitFor(QStringLiteral("signin.submit"), QStringLiteral("enabled"), true, 200);
    EXPECT_FALSE(timedOut.ok());
    auto stillThere = kiosk.exists(QStringLiteral("signin.submit"));
    ASSERT_OK(stillThere);
    EXPECT_TRUE(stillThere.value());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
