// THE crash test: a writer process is killed with SIGKILL in the middle of a stream of saves;
// every save it acknowledged (the call had returned) must be there, intact, and nothing
// half-written may exist.
#include "CrashScenario.h"
#include "TemporaryDirectory.h"
#include "kiosk/core/store/LocalStore.h"

#include <algorithm>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace kiosk::core;

namespace {

struct Acknowledged
{
    std::map<int, int> draftRevision; // index → highest acknowledged revision
    std::set<int> queued;             // indexes whose outbox entry was acknowledged
    int highestIndex = 0;
};

// Runs the writer from firstIndex, kills it after `killAfter` acks, returns every ack it sent
// (including those still in the pipe when it died: those saves had returned too).
Acknowledged runAndKill(const std::string &database, int firstIndex, int killAfter)
{
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    const std::string first = std::to_string(firstIndex);
    char *argv[] = {const_cast<char *>(KIOSK_STORE_CRASH_WRITER), const_cast<char *>(database.c_str()),
                    const_cast<char *>(first.c_str()), nullptr};
    pid_t child = 0;
    EXPECT_EQ(posix_spawn(&child, KIOSK_STORE_CRASH_WRITER, &actions, nullptr, argv, environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);

    std::string received;
    int lines = 0;
    bool killed = false;
    char buffer[4096];
    while (true) {
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break; // EOF: the writer is gone and the pipe drained
        received.append(buffer, static_cast<std::size_t>(n));
        for (ssize_t i = 0; i < n; ++i)
            lines += buffer[i] == '\n';
        if (!killed && lines >= killAfter) {
            kill(child, SIGKILL);
            killed = true;
        }
    }
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(killed) << "writer stopped by itself after " << lines << " saves";
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    Acknowledged acks;
    std::istringstream in(received);
    std::string kind;
    int index = 0;
    int revision = 0;
    while (in >> kind >> index >> revision) {
        acks.highestIndex = std::max(acks.highestIndex, index);
        if (kind == "D")
            acks.draftRevision[index] = std::max(acks.draftRevision[index], revision);
        else
            acks.queued.insert(index);
    }
    return acks;
}

int revisionOf(const Draft &draft)
{
    return std::stoi(draft.fields.value("revision", std::string("0")));
}

void expectIntact(const Draft &stored)
{
    const int index = std::stoi(stored.fields.value("index", std::string("-1")));
    const int revision = revisionOf(stored);
    ASSERT_TRUE(revision == 1 || revision == 2) << stored.id;
    const Draft expected = crash_scenario::draft(index, revision);
    EXPECT_EQ(stored.id, expected.id);
    EXPECT_EQ(stored.fields, expected.fields);
    EXPECT_EQ(stored.materials, expected.materials) << stored.id << " has a half-saved material list";
}

std::int64_t countOf(LocalStore &store, const std::string &sql)
{
    auto statement = store.database().prepare(sql);
    EXPECT_TRUE(statement.ok());
    EXPECT_TRUE(statement.value().step().ok());
    return statement.value().integer(0);
}

} // namespace

TEST(StoreCrash, EveryAcknowledgedSaveSurvivesSigkillAndNothingIsHalfWritten)
{
    TemporaryDirectory directory;
    const std::string database = directory.file("store.sqlite");
    const unsigned seed = std::random_device{}();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> killPoint(1, 60);
    // Each kill lands at a random point; twelve of them catch a save split across two
    // transactions far more often than a handful would, and still take only a few seconds.
    constexpr int kKills = 12;

    Acknowledged all;
    int firstIndex = 0;
    for (int run = 0; run < kKills; ++run) {
        const Acknowledged acks = runAndKill(database, firstIndex, killPoint(random));
        for (const auto &[index, revision] : acks.draftRevision)
            all.draftRevision[index] = std::max(all.draftRevision[index], revision);
        all.queued.insert(acks.queued.begin(), acks.queued.end());
        firstIndex = acks.highestIndex + 1000; // the next run writes fresh rows into the same file

        auto store = LocalStore::open(database);
        ASSERT_TRUE(store.ok()) << store.error().code;
        auto integrity = store.value().integrityCheck();
        ASSERT_TRUE(integrity.ok() && integrity.value()) << "integrity_check failed after run " << run;

        auto drafts = store.value().drafts();
        for (const auto &[index, revision] : all.draftRevision) {
            auto loaded = drafts.loadDraft("draft-" + std::to_string(index));
            ASSERT_TRUE(loaded.ok());
            ASSERT_TRUE(loaded.value().has_value()) << "acknowledged draft " << index << " lost";
            EXPECT_GE(revisionOf(*loaded.value()), revision);
            expectIntact(*loaded.value());
        }
        auto listed = drafts.listDrafts();
        ASSERT_TRUE(listed.ok());
        for (const auto &draft : listed.value())
            expectIntact(draft); // also the unacknowledged ones: whole or absent

        auto outbox = store.value().outbox();
        for (const int index : all.queued) {
            const auto expected = crash_scenario::submission(index);
            auto id = store.value().database().prepare("SELECT id FROM outbox WHERE idempotency_key = ?1");
            ASSERT_TRUE(id.ok());
            id.value().bindText(1, expected.idempotencyKey);
            auto row = id.value().step();
            ASSERT_TRUE(row.ok() && row.value()) << "acknowledged outbox entry " << index << " lost";
            auto entry = outbox.find(id.value().integer(0));
            ASSERT_TRUE(entry.ok() && entry.value().has_value());
            EXPECT_EQ(entry.value()->submission.payload, expected.payload);
            EXPECT_EQ(entry.value()->submission.canonicalBytes, expected.canonicalBytes);
            EXPECT_EQ(entry.value()->submission.signature, expected.signature);
        }
        // All-or-nothing across tables: no entry without its payload, and a draft is `queued`
        // exactly when its outbox entry exists.
        EXPECT_EQ(countOf(store.value(), "SELECT count(*) FROM outbox AS o LEFT JOIN outbox_payloads "
                                         "AS p ON p.outbox_id = o.id WHERE p.outbox_id IS NULL"),
                  0);
        EXPECT_EQ(countOf(store.value(), "SELECT count(*) FROM drafts AS d WHERE (d.state = 'queued') "
                                         "<> EXISTS (SELECT 1 FROM outbox AS o WHERE o.draft_id = d.id)"),
                  0);
    }
    EXPECT_GT(all.draftRevision.size(), 0u);
}
