#include "kiosk/app/config/IniDocument.h"

#include <gtest/gtest.h>

using kiosk::app::IniDocument;

TEST(IniDocument, ReadsSectionsKeysValuesAndLines)
{
    auto document = IniDocument::parse(
        QStringLiteral("# comment\n[gateway]\nurl = https://h/#frag\n; more\n[ui]\nlarge_text=true\n"));
    ASSERT_TRUE(document.ok()) << document.error().message;
    const auto &entries = document.value().entries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].section, QStringLiteral("gateway"));
    EXPECT_EQ(entries[0].key, QStringLiteral("url"));
    EXPECT_EQ(entries[0].value, QStringLiteral("https://h/#frag")) << "a '#' inside a value is not a comment";
    EXPECT_EQ(entries[0].line, 3);
    EXPECT_EQ(entries[1].value, QStringLiteral("true"));
    EXPECT_EQ(document.value().sections(), (QList<QString>{QStringLiteral("gateway"), QStringLiteral("ui")}));
}

TEST(IniDocument, KeepsCommasVerbatim)
{
    auto document = IniDocument::parse(QStringLiteral("[ukey]\nsubject_attributes = OU, O,CN\n"));
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(document.value().entries()[0].value, QStringLiteral("OU, O,CN"));
}

TEST(IniDocument, RejectsLineWithoutEqualsNamingTheLine)
{
    auto document = IniDocument::parse(QStringLiteral("[ui]\nlarge_text\n"));
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().code, "config.syntax");
    EXPECT_NE(document.error().message.find("第 2 行"), std::string::npos) << document.error().message;
}

TEST(IniDocument, RejectsKeyOutsideSection)
{
    auto document = IniDocument::parse(QStringLiteral("id = x\n"));
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().code, "config.syntax");
}

TEST(IniDocument, RejectsDuplicateKey)
{
    auto document = IniDocument::parse(QStringLiteral("[ui]\nlocale = zh_CN\n[ui]\nlocale = en_US\n"));
    ASSERT_FALSE(document.ok());
    EXPECT_NE(document.error().message.find("重复"), std::string::npos);
}

TEST(IniDocument, RejectsUnclosedSection)
{
    EXPECT_FALSE(IniDocument::parse(QStringLiteral("[ui\n")).ok());
}
