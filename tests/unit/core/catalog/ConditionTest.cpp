#include "kiosk/core/catalog/Condition.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace kiosk::core;
using nlohmann::json;

namespace {
Condition parsed(const char *text)
{
    std::string error;
    auto condition = Condition::parse(json::parse(text), error);
    if (!condition)
        throw std::runtime_error(error);
    return *condition;
}
} // namespace

TEST(Condition, EqualsComparesStringsAndSearchesLists)
{
    const auto inpatient = parsed(R"({"field": "visitType", "equals": "inpatient"})");
    EXPECT_TRUE(inpatient.evaluate({{"visitType", "inpatient"}}));
    EXPECT_FALSE(inpatient.evaluate({{"visitType", "outpatient"}}));
    EXPECT_FALSE(inpatient.evaluate(json::object()));
    EXPECT_TRUE(inpatient.evaluate({{"visitType", {"outpatient", "inpatient"}}}));
}

TEST(Condition, InMatchesAnyListedValue)
{
    const auto kinds = parsed(R"({"field": "k", "in": ["a", "b"]})");
    EXPECT_TRUE(kinds.evaluate({{"k", "b"}}));
    EXPECT_FALSE(kinds.evaluate({{"k", "c"}}));
    EXPECT_TRUE(kinds.evaluate({{"k", {"c", "a"}}}));
}

TEST(Condition, FilledTreatsBlankAsEmpty)
{
    const auto filled = parsed(R"({"field": "x", "filled": true})");
    const auto empty = parsed(R"({"field": "x", "filled": false})");
    EXPECT_TRUE(filled.evaluate({{"x", "值"}}));
    EXPECT_FALSE(filled.evaluate({{"x", "  "}}));
    EXPECT_FALSE(filled.evaluate({{"x", json::array()}}));
    EXPECT_TRUE(empty.evaluate(json::object()));
}

TEST(Condition, AllAnyNotCombine)
{
    const auto both =
        parsed(R"({"all": [{"field": "a", "equals": "1"}, {"not": {"field": "b", "equals": "1"}}]})");
    EXPECT_TRUE(both.evaluate({{"a", "1"}, {"b", "0"}}));
    EXPECT_FALSE(both.evaluate({{"a", "1"}, {"b", "1"}}));
    const auto either = parsed(R"({"any": [{"field": "a", "equals": "1"}, {"field": "b", "equals": "1"}]})");
    EXPECT_TRUE(either.evaluate({{"b", "1"}}));
    EXPECT_FALSE(either.evaluate({{"a", "0"}}));
    EXPECT_THAT(both.referencedFields(), ::testing::ElementsAre("a", "b"));
}

TEST(Condition, MalformedConditionsAreRefusedWithAReason)
{
    for (const char *text :
         {R"({"field": "a"})", R"({"field": "a", "equals": 1})", R"({"all": []})", R"({"any": "x"})",
          R"({"field": "a", "in": []})", R"({"field": "", "equals": "x"})",
          R"({"field": "a", "equals": "x", "in": ["y"]})", R"("a")", R"({"not": {}})"}) {
        std::string error;
        EXPECT_FALSE(Condition::parse(json::parse(text), error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
}
