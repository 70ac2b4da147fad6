import QtQuick
import QtQuick.Layouts

// The strip at the bottom: each device's name, a state colour and its message.
Rectangle {
    id: bar
    objectName: "deviceStatusBar"
    property alias model: repeater.model

    implicitHeight: Theme.statusBarHeight
    color: Theme.surface

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        spacing: Theme.spacing * 2

        Repeater {
            id: repeater
            // Roles through `model.`: a role named `state` would otherwise meet Item.state.
            delegate: DeviceStatusItem {
                required property var model
                objectName: "deviceStatus." + model.kind
                deviceName: model.name
                state: model.state
                message: model.message
                errorCode: model.errorCode
            }
        }

        Item { Layout.fillWidth: true }
    }
}
