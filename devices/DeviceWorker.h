#pragma once
#include "kiosk/core/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace kiosk::devices {

// A named thread (the name shows in debuggers and `top -H`) that runs a device's blocking
// driver calls off the GUI thread. Each job returns a Result<T>; the continuation runs on
// the thread of `context` (normally the GUI thread) and is skipped if `context` is gone.
//
// submit() queues every job; submitIfIdle() drops the job while one is pending, which is
// what frame-style work (preview frames, QR decoding) wants: the newest frame matters, a
// backlog does not.
class DeviceWorker : public QObject
{
    Q_OBJECT
public:
    explicit DeviceWorker(const QString &threadName, QObject *parent = nullptr);
    ~DeviceWorker() override; // finishes the running job, drops the queued ones

    bool isBusy() const { return m_pending.load() > 0; }
    QString threadName() const;

    template <typename T>
    void submit(std::function<Result<T>()> job, QObject *context, std::function<void(Result<T>)> done)
    {
        m_pending.fetch_add(1);
        post(std::move(job), context, std::move(done));
    }

    // Returns false (and runs nothing) when a job is pending.
    template <typename T>
    bool submitIfIdle(std::function<Result<T>()> job, QObject *context, std::function<void(Result<T>)> done)
    {
        int idle = 0;
        if (!m_pending.compare_exchange_strong(idle, 1))
            return false;
        post(std::move(job), context, std::move(done));
        return true;
    }

private:
    template <typename T>
    void post(std::function<Result<T>()> job, QObject *context, std::function<void(Result<T>)> done)
    {
        QPointer<QObject> receiver(context);
        runOnWorker([this, job = std::move(job), receiver, done = std::move(done)]() {
            auto result = std::make_shared<Result<T>>(job());
            // Decrement before delivery, so a continuation may submit the next job at once.
            m_pending.fetch_sub(1);
            if (receiver)
                deliver(receiver, [receiver, result, done]() {
                    if (receiver)
                        done(*result);
                });
        });
    }

    void runOnWorker(std::function<void()> task);
    static void deliver(QObject *receiver, std::function<void()> continuation);

    QThread m_thread;
    QObject *m_executor; // lives in m_thread; jobs are queued calls on it
    std::atomic<int> m_pending{0};
};

} // namespace kiosk::devices
