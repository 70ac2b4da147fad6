#include "devices/DeviceWorker.h"

#include "devices/DeviceLogging.h"

#include <QMetaObject>

namespace kiosk::devices {

DeviceWorker::DeviceWorker(const QString &threadName, QObject *parent)
    : QObject(parent), m_executor(new QObject)
{
    m_thread.setObjectName(threadName); // QThread passes the object name to the OS thread
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
    qCDebug(lcDeviceWorker) << "started worker thread" << threadName;
}

DeviceWorker::~DeviceWorker()
{
    m_thread.quit();
    m_thread.wait();
    qCDebug(lcDeviceWorker) << "stopped worker thread" << m_thread.objectName();
}

QString DeviceWorker::threadName() const
{
    return m_thread.objectName();
}

void DeviceWorker::runOnWorker(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_executor, std::move(task), Qt::QueuedConnection);
}

void DeviceWorker::deliver(QObject *receiver, std::function<void()> continuation)
{
    QMetaObject::invokeMethod(receiver, std::move(continuation), Qt::QueuedConnection);
}

} // namespace kiosk::devices
