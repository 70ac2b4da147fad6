import QtQuick
import QtQuick.Controls.Basic

// A text field sized for touch, in the theme's colours.
TextField {
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.textPrimary
    placeholderTextColor: Theme.textSecondary
    background: Rectangle {
        radius: Theme.radius
        color: enabled ? Theme.surface : Theme.page
        border.width: parent.activeFocus ? 2 : 1
        border.color: parent.activeFocus ? Theme.primary : Theme.border
    }
}
