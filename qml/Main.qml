import QtQuick
import QtQuick.Layouts
import Kiosk.App

// The kiosk's one window: header, the current screen, the device status bar.
Window {
    id: window
    objectName: "mainWindow"
    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 768
    title: qsTr("工伤服务终端")
    color: Theme.page

    // The terminal's text size is fixed by its configuration, so set it once.
    Component.onCompleted: Theme.largeText = Terminal.largeText

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HeaderBar {
            Layout.fillWidth: true
            terminalId: Terminal.terminalId
        }

        SignInScreen {
            Layout.fillWidth: true
            Layout.fillHeight: true
            mode: Terminal.mode
            canSignIn: SignIn.canSignIn
            blockedReason: SignIn.blockedReason
        }

        DeviceStatusBar {
            Layout.fillWidth: true
            model: Devices
        }
    }
}
