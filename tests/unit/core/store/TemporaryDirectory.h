#pragma once

#include <filesystem>
#include <stdlib.h>
#include <string>

// A fresh directory under $TMPDIR for one test, removed afterwards.
class TemporaryDirectory
{
public:
    TemporaryDirectory()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-store-XXXXXX").string();
        path_ = mkdtemp(pattern.data()) ? pattern : std::string();
    }
    ~TemporaryDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    std::string file(const std::string &name) const { return path_ + "/" + name; }

private:
    std::string path_;
};
