#include "kiosk/core/filing/CanonicalJson.h"

#include "GoldenFile.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <limits>

using kiosk::core::CanonicalJson;
using nlohmann::json;

namespace {

void expectGoldenPair(const std::string &name)
{
    const auto input = json::parse(readGoldenFile(name + ".input.json"));
    const auto result = CanonicalJson::canonicalize(input);
    ASSERT_TRUE(result.ok()) << result.rejection->code;
    EXPECT_EQ(result.bytes, readGoldenFile(name + ".expected"));
}

} // namespace

TEST(CanonicalJson, ReproducesRfc8785StringsAndNumbersExample)
{
    expectGoldenPair("rfc8785_strings_numbers");
}

TEST(CanonicalJson, ReproducesRfc8785SortingExample)
{
    expectGoldenPair("rfc8785_sorting");
}

TEST(CanonicalJson, SortsByUtf16CodeUnitsNotUtf8Bytes)
{
    // U+1F600 is D83D DE00 in UTF-16 (sorts before U+FB33) but F0.. in UTF-8 (sorts after EF..).
    const json value = {{"\xEF\xAC\xB3", 1}, {"\xF0\x9F\x98\x80", 2}};
    const auto result = CanonicalJson::canonicalize(value);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.bytes, "{\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}");
}

TEST(CanonicalJson, EscapesOnlyQuoteBackslashAndControls)
{
    const json value = std::string("a/b\x01\x1f\x7f\"\\\b\f\n\r\t中");
    const auto result = CanonicalJson::canonicalize(value);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.bytes, "\"a/b\\u0001\\u001f\x7f\\\"\\\\\\b\\f\\n\\r\\t中\"");
}

TEST(CanonicalJson, WritesNoWhitespaceAndKeepsArrayOrder)
{
    const auto value = json::parse(R"({ "b" : [ 3, 1, 2 ], "a" : { "y" : null, "x" : true } })");
    const auto result = CanonicalJson::canonicalize(value);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.bytes, R"({"a":{"x":true,"y":null},"b":[3,1,2]})");
}

TEST(CanonicalJson, WritesIntegersAsEcmaScriptReadsThem)
{
    EXPECT_EQ(CanonicalJson::canonicalize(json(std::int64_t{-42})).bytes, "-42");
    EXPECT_EQ(CanonicalJson::canonicalize(json(std::uint64_t{7})).bytes, "7");
    // 2^53 + 1 is not a double: ECMAScript reads it as 2^53.
    EXPECT_EQ(CanonicalJson::canonicalize(json(std::int64_t{9007199254740993})).bytes, "9007199254740992");
    EXPECT_EQ(CanonicalJson::canonicalize(json(std::numeric_limits<std::uint64_t>::max())).bytes,
              "18446744073709552000");
}

TEST(CanonicalJson, RefusesInvalidUtf8InValuesAndNames)
{
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8", "\x80"}) {
        const auto inValue = CanonicalJson::canonicalize(json{{"k", bad}});
        ASSERT_FALSE(inValue.ok());
        EXPECT_EQ(inValue.rejection->code, "canonical.invalid_utf8");
        EXPECT_NE(inValue.rejection->message.find("UTF-8"), std::string::npos);
        const auto inName = CanonicalJson::canonicalize(json{{bad, "v"}});
        ASSERT_FALSE(inName.ok());
        EXPECT_EQ(inName.rejection->code, "canonical.invalid_utf8");
    }
}

TEST(CanonicalJson, RefusesNonFiniteNumbers)
{
    const auto result = CanonicalJson::canonicalize(json{{"x", std::numeric_limits<double>::infinity()}});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.rejection->code, "canonical.non_finite_number");
    EXPECT_TRUE(result.bytes.empty());
}

TEST(CanonicalJson, RefusesBinaryValues)
{
    const auto result = CanonicalJson::canonicalize(json::binary({1, 2, 3}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.rejection->code, "canonical.unsupported_value");
}
