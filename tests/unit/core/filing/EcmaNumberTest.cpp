#include "kiosk/core/filing/EcmaNumber.h"

#include "GoldenFile.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <sstream>

using kiosk::core::EcmaNumber;

TEST(EcmaNumber, MatchesEcmaScriptOnRfc8785AppendixBVectors)
{
    std::istringstream lines(readGoldenFile("es6_numbers.txt"));
    std::string hex;
    std::string expected;
    int checked = 0;
    while (lines >> hex >> expected) {
        const auto bits = std::stoull(hex, nullptr, 16);
        const double value = std::bit_cast<double>(static_cast<std::uint64_t>(bits));
        EXPECT_EQ(EcmaNumber::format(value), expected) << "bits " << hex;
        ++checked;
    }
    EXPECT_GE(checked, 20);
}

TEST(EcmaNumber, UsesExponentFormOnlyOutsideOneMillionthToOneE21)
{
    EXPECT_EQ(EcmaNumber::format(1e21), "1e+21");
    EXPECT_EQ(EcmaNumber::format(123456789012345680000.0), "123456789012345680000");
    EXPECT_EQ(EcmaNumber::format(1e-7), "1e-7");
    EXPECT_EQ(EcmaNumber::format(0.000001), "0.000001");
    EXPECT_EQ(EcmaNumber::format(1.5e300), "1.5e+300");
    EXPECT_EQ(EcmaNumber::format(-1.25e-9), "-1.25e-9");
    EXPECT_EQ(EcmaNumber::format(100.0), "100");
    EXPECT_EQ(EcmaNumber::format(4.5), "4.5");
}

TEST(EcmaNumber, WritesNegativeZeroAsZero)
{
    EXPECT_EQ(EcmaNumber::format(-0.0), "0");
}

TEST(EcmaNumber, RefusesNonFiniteValues)
{
    EXPECT_EQ(EcmaNumber::format(std::numeric_limits<double>::quiet_NaN()), std::nullopt);
    EXPECT_EQ(EcmaNumber::format(std::numeric_limits<double>::infinity()), std::nullopt);
    EXPECT_EQ(EcmaNumber::format(-std::numeric_limits<double>::infinity()), std::nullopt);
}
