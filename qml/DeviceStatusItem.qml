import QtQuick
import QtQuick.Layouts

// One device in the status bar. Its `state` is the device state ("absent" | "ready" |
// "busy" | "fault"), which also picks the indicator colour; tests read state and message.
RowLayout {
    id: item
    property string deviceName
    property string message
    property string errorCode

    spacing: 8
    state: "absent"

    states: [
        State { name: "absent"; PropertyChanges { target: indicator; color: Theme.stateAbsent } },
        State { name: "ready"; PropertyChanges { target: indicator; color: Theme.stateReady } },
        State { name: "busy"; PropertyChanges { target: indicator; color: Theme.stateBusy } },
        State {
            name: "fault"
            PropertyChanges { target: indicator; color: Theme.stateFault }
            PropertyChanges { target: messageText; color: Theme.stateFault }
        }
    ]

    Rectangle {
        id: indicator
        objectName: item.objectName + ".indicator"
        Layout.preferredWidth: 12
        Layout.preferredHeight: 12
        radius: 6
        color: Theme.stateAbsent
    }
    Text {
        objectName: item.objectName + ".name"
        text: item.deviceName
        color: Theme.textPrimary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    Text {
        id: messageText
        objectName: item.objectName + ".message"
        text: item.message
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
