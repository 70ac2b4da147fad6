#include "devices/DeviceStatusModel.h"

#include "devices/Device.h"

namespace kiosk::devices {

DeviceStatusModel::DeviceStatusModel(QList<Device *> devices, QObject *parent)
    : QAbstractListModel(parent), m_devices(std::move(devices))
{
    for (int row = 0; row < m_devices.size(); ++row) {
        connect(m_devices[row], &Device::changed, this, [this, row]() {
            const QModelIndex changedRow = index(row);
            emit dataChanged(changedRow, changedRow, {StateRole, MessageRole, ErrorCodeRole});
        });
    }
}

int DeviceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

QVariant DeviceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device *device = m_devices.at(index.row());
    switch (role) {
    case KindRole:
        return device->kind();
    case Qt::DisplayRole:
    case NameRole:
        return device->displayName();
    case StateRole:
        return Device::stateKey(device->state());
    case MessageRole:
        return device->message();
    case ErrorCodeRole:
        return device->errorCode();
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceStatusModel::roleNames() const
{
    return {{KindRole, "kind"},
            {NameRole, "name"},
            {StateRole, "state"},
            {MessageRole, "message"},
            {ErrorCodeRole, "errorCode"}};
}

Device *DeviceStatusModel::device(const QString &kind) const
{
    for (Device *device : m_devices)
        if (device->kind() == kind)
            return device;
    return nullptr;
}

} // namespace kiosk::devices
