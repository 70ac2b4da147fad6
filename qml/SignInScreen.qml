import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Sign-in. Counter mode: the institution's CA UKey (certificate + PIN). Lobby mode: QR.
// The screen only shows state; SignIn (C++) decides whether sign-in can start and why not.
Item {
    id: screen
    objectName: "signInScreen"

    property string mode: "counter"        // "counter" | "lobby"
    property bool canSignIn: false
    property string blockedReason

    signal signInRequested(string pin)

    Rectangle {
        id: card
        objectName: "signin.card"
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 2 * Theme.spacing)
        height: content.implicitHeight + 2 * 40
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: 40
            spacing: Theme.spacing

            Text {
                objectName: "signin.title"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.mode === "lobby" ? qsTr("工伤保险自助服务") : qsTr("工伤定点医疗机构服务")
                color: Theme.textPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            Text {
                objectName: "signin.prompt"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: screen.mode === "lobby" ? qsTr("扫码登录") : qsTr("请插入CA证书UKey")
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
            }

            // Counter: certificate and PIN.
            ColumnLayout {
                objectName: "signin.ukeyForm"
                visible: screen.mode !== "lobby"
                Layout.fillWidth: true
                spacing: Theme.spacing / 2

                FieldLabel { text: qsTr("证书") }
                ComboBox {
                    objectName: "signin.certificate"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    enabled: screen.canSignIn
                    model: []
                    displayText: screen.canSignIn ? qsTr("请选择证书") : qsTr("未检测到证书")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    background: Rectangle {
                        radius: Theme.radius
                        color: parent.enabled ? Theme.surface : Theme.page
                        border.color: Theme.border
                    }
                }

                FieldLabel {
                    text: qsTr("UKey 密码")
                    Layout.topMargin: Theme.spacing / 2
                }
                KioskTextField {
                    id: pin
                    objectName: "signin.pin"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    maximumLength: 32
                    placeholderText: qsTr("请输入UKey密码")
                    onAccepted: submit.clicked()
                }

                Rectangle {
                    objectName: "signin.blockedBanner"
                    visible: !screen.canSignIn && screen.blockedReason.length > 0
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    implicitHeight: reason.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: Theme.warningBackground
                    Text {
                        id: reason
                        objectName: "signin.blockedReason"
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                        text: screen.blockedReason
                        color: Theme.warning
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }

                KioskButton {
                    id: submit
                    objectName: "signin.submit"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    text: qsTr("登录")
                    enabled: screen.canSignIn && pin.text.length > 0
                    onClicked: screen.signInRequested(pin.text)
                }
            }

            // Lobby: sign in with the social-security app's QR code.
            Text {
                objectName: "signin.qrHint"
                visible: screen.mode === "lobby"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: 1.3
                text: qsTr("请打开手机App中的登录二维码，将其对准高拍仪镜头。")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
