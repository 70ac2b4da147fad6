#include "kiosk/core/filing/CanonicalFiling.h"

#include "GoldenFile.h"
#include "kiosk/core/filing/FilingDigest.h"
#include "kiosk/core/filing/Sha256.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {

Filing goldenFiling(const std::string &name)
{
    auto parsed = CanonicalFiling::fromJson(nlohmann::json::parse(readGoldenFile(name + ".input.json")));
    EXPECT_TRUE(parsed.filing.has_value()) << (parsed.rejection ? parsed.rejection->code : "");
    return parsed.filing.value_or(Filing{});
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

} // namespace

class CanonicalFilingGolden : public testing::TestWithParam<std::string>
{
};

TEST_P(CanonicalFilingGolden, BytesAndDigestMatchCommittedVectors)
{
    const Filing filing = goldenFiling(GetParam());
    const auto bytes = canonicalFilingBytes(filing);
    ASSERT_TRUE(bytes.ok()) << bytes.rejection->code;
    EXPECT_EQ(bytes.bytes, readGoldenFile(GetParam() + ".expected"));

    const auto digest = filingDigest(filing);
    ASSERT_TRUE(digest.ok());
    EXPECT_EQ(digest.bytes, trimmed(readGoldenFile(GetParam() + ".sha256")));
}

INSTANTIATE_TEST_SUITE_P(Vectors, CanonicalFilingGolden,
                         testing::Values("filing_recurrence", "filing_recognition"));

TEST(CanonicalFiling, BytesDoNotDependOnMaterialCaptureOrder)
{
    Filing filing = goldenFiling("filing_recurrence");
    const auto before = canonicalFilingBytes(filing);
    std::reverse(filing.materials.begin(), filing.materials.end());
    const auto after = canonicalFilingBytes(filing);
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_EQ(before.bytes, after.bytes);
}

TEST(CanonicalFiling, AnyChangedFieldChangesTheBytes)
{
    const Filing original = goldenFiling("filing_recurrence");
    Filing changed = original;
    changed.fields["treatmentType"] = "门诊";
    EXPECT_NE(canonicalFilingBytes(original).bytes, canonicalFilingBytes(changed).bytes);
    changed = original;
    changed.materials[0].sha256[0] = '0';
    EXPECT_NE(filingDigest(original).bytes, filingDigest(changed).bytes);
}

TEST(CanonicalFiling, WireShapeRoundTrips)
{
    const Filing original = goldenFiling("filing_recognition");
    const auto parsed = CanonicalFiling::fromJson(CanonicalFiling::toJson(original));
    ASSERT_TRUE(parsed.filing.has_value());
    EXPECT_EQ(*parsed.filing, original);
}

TEST(CanonicalFiling, RefusesFilingsThatCannotBeSignedUnambiguously)
{
    const Filing valid = goldenFiling("filing_recurrence");
    struct Case
    {
        void (*breakIt)(Filing &);
        const char *code;
    };
    const Case cases[] = {
        {[](Filing &f) { f.workerId.clear(); }, "filing.missing_worker_id"},
        {[](Filing &f) { f.idempotencyKey.clear(); }, "filing.missing_idempotency_key"},
        {[](Filing &f) { f.business.clear(); }, "filing.missing_business"},
        {[](Filing &f) { f.fields["age"] = 42; }, "filing.field_value_type"},
        {[](Filing &f) {
             f.fields["mixed"] = nlohmann::json::array({"a", {{"b", "c"}}});
         },
         "filing.field_value_type"},
        {[](Filing &f) { f.materials[0].sha256 = "ABC"; }, "filing.material_sha256"},
        {[](Filing &f) { f.materials[0].order = 0; }, "filing.material_order"},
        {[](Filing &f) { f.materials.push_back(f.materials[0]); }, "filing.material_duplicate"},
        {[](Filing &f) { f.fields["remark"] = std::string("\xFF"); }, "canonical.invalid_utf8"},
    };
    for (const auto &c : cases) {
        Filing broken = valid;
        c.breakIt(broken);
        const auto result = canonicalFilingBytes(broken);
        ASSERT_FALSE(result.ok()) << c.code;
        EXPECT_EQ(result.rejection->code, c.code);
        EXPECT_FALSE(result.rejection->message.empty());
        EXPECT_FALSE(filingDigest(broken).ok());
    }
}

TEST(CanonicalFiling, FromJsonNamesTheMalformedMember)
{
    auto json = CanonicalFiling::toJson(goldenFiling("filing_recurrence"));
    json["materials"][0]["order"] = "1";
    const auto parsed = CanonicalFiling::fromJson(json);
    ASSERT_FALSE(parsed.filing.has_value());
    EXPECT_EQ(parsed.rejection->code, "filing.malformed");
    EXPECT_NE(parsed.rejection->message.find("materials"), std::string::npos);
}

TEST(Sha256, MatchesKnownDigests)
{
    EXPECT_EQ(Sha256::hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
