#pragma once

#include <fstream>
#include <iterator>
#include <string>

// Reads a committed golden file byte for byte.
inline std::string readGoldenFile(const std::string &name)
{
    std::ifstream in(std::string(KIOSK_FILING_TEST_DATA) + "/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
