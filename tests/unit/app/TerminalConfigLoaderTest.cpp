#include "kiosk/app/config/TerminalConfigLoader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using kiosk::app::TerminalConfig;
using kiosk::app::TerminalConfigLoader;

namespace {
std::string errorOf(const QString &text)
{
    auto config = TerminalConfigLoader::fromText(text);
    return config.ok() ? std::string("(accepted)") : config.error().message;
}
std::string codeOf(const QString &text)
{
    auto config = TerminalConfigLoader::fromText(text);
    return config.ok() ? std::string("(accepted)") : config.error().code;
}
} // namespace

TEST(TerminalConfigLoader, CommittedTemplateValidatesAndMatchesDefaults)
{
    auto config = TerminalConfigLoader::fromFile(QStringLiteral(KIOSK_CONFIG_TEMPLATE));
    ASSERT_TRUE(config.ok()) << config.error().message;
    const TerminalConfig defaults;
    EXPECT_EQ(config.value().terminal.id, defaults.terminal.id);
    EXPECT_EQ(config.value().session.idleTimeoutSeconds, defaults.session.idleTimeoutSeconds);
    EXPECT_EQ(config.value().gateway.url, defaults.gateway.url);
    EXPECT_EQ(config.value().ukey.subjectAttributes, defaults.ukey.subjectAttributes);
}

TEST(TerminalConfigLoader, EmptyTextGivesDefaults)
{
    auto config = TerminalConfigLoader::fromText(QString());
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().terminal.mode, TerminalConfig::Mode::Counter);
    EXPECT_TRUE(config.value().privacy.maskIds);
}

TEST(TerminalConfigLoader, ReadsEveryKindOfValue)
{
    auto config = TerminalConfigLoader::fromText(
        QStringLiteral("[terminal]\nid = HN-ZZ-001\nmode = lobby\n"
                       "[gateway]\nurl = https://gw.example:9443/api\nca_file = /etc/kiosk/ca.pem\n"
                       "[session]\nidle_timeout = 300\ncountdown = 20\n"
                       "[privacy]\nmask_ids = no\npurge_images_after_ack = off\n"
                       "[ukey]\nbackend = softhsm\ntoken_label = 测试机构\nsubject_attributes = O, 2.5.4.97\n"
                       "[camera]\nbackend = images\npath = /tmp/frames/%04d.jpg\n"
                       "[printer]\nbackend = ipp\nuri = ipp://localhost:8631/ipp/print\n"
                       "[ui]\nlocale = en_US\nlarge_text = TRUE\n"));
    ASSERT_TRUE(config.ok()) << config.error().message;
    const TerminalConfig &c = config.value();
    EXPECT_EQ(c.terminal.id, QStringLiteral("HN-ZZ-001"));
    EXPECT_EQ(c.terminal.mode, TerminalConfig::Mode::Lobby);
    EXPECT_EQ(c.gateway.url.port(), 9443);
    EXPECT_EQ(c.session.idleTimeoutSeconds, 300);
    EXPECT_EQ(c.session.countdownSeconds, 20);
    EXPECT_FALSE(c.privacy.maskIds);
    EXPECT_FALSE(c.privacy.purgeImagesAfterAck);
    EXPECT_EQ(c.ukey.backend, TerminalConfig::UKeyBackend::SoftHsm);
    EXPECT_EQ(c.ukey.tokenLabel, QStringLiteral("测试机构"));
    EXPECT_EQ(c.ukey.subjectAttributes, (QStringList{QStringLiteral("O"), QStringLiteral("2.5.4.97")}));
    EXPECT_EQ(c.camera.backend, TerminalConfig::CameraBackend::Images);
    EXPECT_EQ(c.printer.backend, TerminalConfig::PrinterBackend::Ipp);
    EXPECT_EQ(c.ui.locale, QStringLiteral("en_US"));
    EXPECT_TRUE(c.ui.largeText);
}

TEST(TerminalConfigLoader, NonNumberNamesKeyRangeAndValue)
{
    EXPECT_EQ(errorOf(QStringLiteral("[session]\nidle_timeout = abc\n")),
              "配置错误：[session] idle_timeout 应为 30–3600 之间的整数，实际为 \"abc\"");
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle_timeout = abc\n")), "config.invalid_value");
}

TEST(TerminalConfigLoader, OutOfRangeIsRejected)
{
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle_timeout = 29\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle_timeout = 3601\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle_timeout = 3600\ncountdown = 120\n")), "(accepted)");
}

TEST(TerminalConfigLoader, BadEnumListsTheChoices)
{
    const std::string message = errorOf(QStringLiteral("[terminal]\nmode = hall\n"));
    EXPECT_NE(message.find("[terminal] mode"), std::string::npos) << message;
    EXPECT_NE(message.find("counter | lobby"), std::string::npos) << message;
    EXPECT_NE(message.find("\"hall\""), std::string::npos) << message;
}

TEST(TerminalConfigLoader, BadBooleanUrlAndLocale)
{
    EXPECT_EQ(codeOf(QStringLiteral("[privacy]\nmask_ids = maybe\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[gateway]\nurl = ftp://x\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[gateway]\nurl =\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[printer]\nuri = http://x/ipp\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[ui]\nlocale = zh_TW\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[terminal]\nid = 终端 1\n")), "config.invalid_value");
    EXPECT_EQ(codeOf(QStringLiteral("[ukey]\nsubject_attributes = O,,CN\n")), "config.invalid_value");
}

TEST(TerminalConfigLoader, UnknownSectionAndKeyAreNamed)
{
    EXPECT_EQ(codeOf(QStringLiteral("[scanner]\ndevice = x\n")), "config.unknown_section");
    EXPECT_NE(errorOf(QStringLiteral("[scanner]\n")).find("[scanner]"), std::string::npos);
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle = 60\n")), "config.unknown_key");
    EXPECT_NE(errorOf(QStringLiteral("[session]\nidle = 60\n")).find("idle"), std::string::npos);
    EXPECT_EQ(codeOf(QStringLiteral("[Session]\nidle_timeout = 60\n")), "config.unknown_section")
        << "names are case-sensitive, as documented";
}

TEST(TerminalConfigLoader, CrossKeyRules)
{
    EXPECT_EQ(codeOf(QStringLiteral("[session]\nidle_timeout = 60\ncountdown = 60\n")),
              "config.inconsistent");
    EXPECT_EQ(codeOf(QStringLiteral("[camera]\nbackend = images\n")), "config.inconsistent");
    EXPECT_EQ(codeOf(QStringLiteral("[printer]\nbackend = ipp\n")), "config.inconsistent");
}

TEST(TerminalConfigLoader, MissingExplicitFileIsAnErrorButMissingDefaultIsNot)
{
    QTemporaryDir dir;
    QString source;
    auto explicitMissing =
        TerminalConfigLoader::loadForStartup(dir.filePath(QStringLiteral("none.ini")), source);
    ASSERT_FALSE(explicitMissing.ok());
    EXPECT_EQ(explicitMissing.error().code, "config.unreadable");
    if (!QFile::exists(QString::fromLatin1(TerminalConfigLoader::defaultPath))) {
        auto defaults = TerminalConfigLoader::loadForStartup(QString(), source);
        EXPECT_TRUE(defaults.ok());
        EXPECT_EQ(source, QStringLiteral("built-in defaults"));
    }
}

TEST(TerminalConfigLoader, FileWithByteOrderMarkAndCrLfIsRead)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("kiosk.ini")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF[terminal]\r\nmode = lobby\r\n");
    file.close();
    auto config = TerminalConfigLoader::fromFile(file.fileName());
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_EQ(config.value().terminal.mode, TerminalConfig::Mode::Lobby);
}
