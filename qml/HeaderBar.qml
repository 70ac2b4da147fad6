import QtQuick
import QtQuick.Layouts

// The blue band at the top of every screen: emblem, product name, terminal number.
Rectangle {
    id: header
    objectName: "header"
    property string terminalId

    implicitHeight: Theme.headerHeight
    gradient: Gradient {
        orientation: Gradient.Horizontal
        GradientStop { position: 0.0; color: Theme.primaryDark }
        GradientStop { position: 1.0; color: Theme.primary }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: 52
            Layout.preferredHeight: 52
            radius: 26
            color: "transparent"
            border.color: Theme.textOnPrimary
            border.width: 2
            Text {
                anchors.centerIn: parent
                text: qsTr("工")
                color: Theme.textOnPrimary
                font.family: Theme.fontFamily
                font.pixelSize: 26
                font.bold: true
            }
        }

        ColumnLayout {
            spacing: 2
            Text {
                objectName: "header.title"
                text: qsTr("工伤服务终端")
                color: Theme.textOnPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeader
                font.bold: true
            }
            Text {
                text: qsTr("工伤保险经办服务")
                color: Theme.primaryLight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Item { Layout.fillWidth: true }

        Text {
            objectName: "header.terminalId"
            visible: header.terminalId.length > 0
            text: qsTr("终端编号：%1").arg(header.terminalId)
            color: Theme.primaryLight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
