#include "devices/DeviceWorker.h"

#include "TestApplication.h"

#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <optional>
#include <semaphore>

using kiosk::Error;
using kiosk::Result;
using kiosk::devices::DeviceWorker;
using kiosk::testing::spinUntil;

// The application must exist before a worker starts its thread's event loop.
class DeviceWorkerTest : public ::testing::Test
{
protected:
    void SetUp() override { kiosk::testing::testApplication(); }
};

TEST_F(DeviceWorkerTest, RunsJobOnNamedThreadAndDeliversOnCallerThread)
{
    DeviceWorker worker(QStringLiteral("kiosk-test-dev"));
    QObject context;
    QThread *jobThread = nullptr;
    QString jobThreadName;
    QThread *deliveryThread = nullptr;
    std::optional<int> delivered;

    worker.submit<int>(
        [&]() -> Result<int> {
            jobThread = QThread::currentThread();
            jobThreadName = QThread::currentThread()->objectName();
            return 42;
        },
        &context,
        [&](Result<int> result) {
            deliveryThread = QThread::currentThread();
            delivered = result.value();
        });

    ASSERT_TRUE(spinUntil([&] { return delivered.has_value(); }));
    EXPECT_EQ(*delivered, 42);
    EXPECT_NE(jobThread, QThread::currentThread());
    EXPECT_EQ(jobThreadName, QStringLiteral("kiosk-test-dev"));
    EXPECT_EQ(deliveryThread, QThread::currentThread());
    EXPECT_FALSE(worker.isBusy());
}

TEST_F(DeviceWorkerTest, CarriesErrorsToTheContinuation)
{
    DeviceWorker worker(QStringLiteral("kiosk-test-err"));
    QObject context;
    std::optional<Result<int>> delivered;
    worker.submit<int>(
        []() -> Result<int> {
            return Error{"ukey.absent", "未检测到UKey"};
        },
        &context, [&](Result<int> result) { delivered = result; });
    ASSERT_TRUE(spinUntil([&] { return delivered.has_value(); }));
    ASSERT_FALSE(delivered->ok());
    EXPECT_EQ(delivered->error().code, "ukey.absent");
    EXPECT_EQ(delivered->error().message, "未检测到UKey");
}

TEST_F(DeviceWorkerTest, DropsFrameStyleWorkWhileBusy)
{
    DeviceWorker worker(QStringLiteral("kiosk-test-drop"));
    QObject context;
    std::binary_semaphore release(0);
    std::atomic<int> ran{0};
    int delivered = 0;
    auto blockingJob = [&]() -> Result<void> {
        ++ran;
        release.acquire();
        return {};
    };
    auto done = [&](Result<void>) { ++delivered; };

    EXPECT_TRUE(worker.submitIfIdle<void>(blockingJob, &context, done));
    EXPECT_TRUE(worker.isBusy());
    EXPECT_FALSE(worker.submitIfIdle<void>(blockingJob, &context, done)) << "must drop while busy";
    release.release();
    ASSERT_TRUE(spinUntil([&] { return delivered == 1; }));
    EXPECT_FALSE(worker.isBusy());

    EXPECT_TRUE(worker.submitIfIdle<void>(blockingJob, &context, done)) << "accepts again once idle";
    release.release();
    ASSERT_TRUE(spinUntil([&] { return delivered == 2; }));
    EXPECT_EQ(ran.load(), 2);
}

TEST_F(DeviceWorkerTest, QueuedSubmitsAllRunInOrder)
{
    DeviceWorker worker(QStringLiteral("kiosk-test-queue"));
    QObject context;
    std::vector<int> order;
    for (int i = 0; i < 5; ++i)
        worker.submit<int>([i]() -> Result<int> { return i; }, &context,
                           [&](Result<int> r) { order.push_back(r.value()); });
    ASSERT_TRUE(spinUntil([&] { return order.size() == 5; }));
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST_F(DeviceWorkerTest, SkipsDeliveryWhenContextIsGone)
{
    DeviceWorker worker(QStringLiteral("kiosk-test-ctx"));
    std::binary_semaphore release(0);
    bool delivered = false;
    auto context = std::make_unique<QObject>();
    worker.submit<int>(
        [&]() -> Result<int> {
            release.acquire();
            return 1;
        },
        context.get(), [&](Result<int>) { delivered = true; });
    context.reset();
    release.release();
    ASSERT_TRUE(spinUntil([&] { return !worker.isBusy(); }));
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}
