// Helper for StoreCrashTest: saves drafts and outbox entries as fast as it can and writes an
// acknowledgement line to stdout after each save call has returned, until it is killed.
//   store_crash_writer <database-path> <first-index>
#include "CrashScenario.h"
#include "kiosk/core/store/LocalStore.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace {

bool acknowledge(const std::string &line)
{
    // Unbuffered write: the parent must see the ack as soon as the save has returned.
    return ::write(STDOUT_FILENO, line.data(), line.size()) == static_cast<ssize_t>(line.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    auto store = kiosk::core::LocalStore::open(argv[1]);
    if (!store.ok())
        return 1;
    auto drafts = store.value().drafts();
    auto outbox = store.value().outbox();
    const auto now = [] {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    };
    for (int index = std::stoi(argv[2]);; ++index) {
        for (int revision = 1; revision <= 2; ++revision) {
            if (!drafts.saveDraft(crash_scenario::draft(index, revision), now()).ok())
                return 1;
            if (!acknowledge("D " + std::to_string(index) + " " + std::to_string(revision) + "\n"))
                return 1;
        }
        if (!outbox.enqueue(crash_scenario::submission(index), now()).ok())
            return 1;
        if (!acknowledge("O " + std::to_string(index) + " 0\n"))
            return 1;
    }
}
