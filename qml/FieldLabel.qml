import QtQuick

// The caption above a form field.
Text {
    color: Theme.textPrimary
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
}
