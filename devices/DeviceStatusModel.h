#pragma once
#include <QAbstractListModel>
#include <QList>

namespace kiosk::devices {

class Device;

// The devices the status bar shows, in display order. Rows follow each device's signals.
// The devices are owned elsewhere (created on main's stack) and must outlive the model.
class DeviceStatusModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "ukey"
        NameRole,                    // "UKey", "高拍仪"
        StateRole,                   // "absent" | "ready" | "busy" | "fault"
        MessageRole,                 // Chinese, for the user
        ErrorCodeRole,               // stable code, empty when fine
    };

    explicit DeviceStatusModel(QList<Device *> devices, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The device of that kind, or nullptr.
    Q_INVOKABLE kiosk::devices::Device *device(const QString &kind) const;

signals:
    void countChanged();

private:
    QList<Device *> m_devices;
};

} // namespace kiosk::devices
