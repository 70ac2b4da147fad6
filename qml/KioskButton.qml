import QtQuick
import QtQuick.Controls.Basic

// The primary action button: solid blue, greyed when disabled, at least touch height.
Button {
    id: button
    implicitHeight: Theme.touchTarget
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    contentItem: Text {
        text: button.text
        font: button.font
        color: Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.disabledFill
                               : button.down ? Theme.primaryDark : Theme.primary
    }
}
