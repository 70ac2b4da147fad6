import QtQuick
import QtTest
import Kiosk
import Kiosk.App

TestCase {
    id: testCase
    name: "DeviceStatusBar"
    width: 1024
    height: 100
    visible: true  // TestCase is hidden by default, and so would be every item it holds
    when: windowShown

    Component {
        id: realBar
        DeviceStatusBar {
            width: testCase.width
            model: Devices
        }
    }

    Component {
        id: faultBar
        DeviceStatusBar {
            width: testCase.width
            model: ListModel {
                ListElement { kind: "printer"; name: "打印机"; state: "fault"; message: "缺纸"; errorCode: "printer.media_empty" }
                ListElement { kind: "ukey"; name: "UKey"; state: "ready"; message: "已插入"; errorCode: "" }
            }
        }
    }

    function test_showsTheFourDevicesWithTheirChineseMessages() {
        const bar = createTemporaryObject(realBar, testCase)
        verify(bar)
        const expected = { ukey: "UKey", camera: "高拍仪", printer: "打印机", gateway: "前置服务" }
        for (const kind in expected) {
            const item = findChild(bar, "deviceStatus." + kind)
            verify(item, "no status item for " + kind)
            verify(item.visible)
            compare(item.deviceName, expected[kind])
            compare(item.state, "absent")
            compare(item.message, "尚未接入")
            compare(item.errorCode, kind + ".not_connected")
            compare(findChild(item, "deviceStatus." + kind + ".message").text, "尚未接入")
            compare(findChild(item, "deviceStatus." + kind + ".indicator").color, Theme.stateAbsent)
        }
    }

    function test_stateDecidesTheIndicatorColour() {
        const bar = createTemporaryObject(faultBar, testCase)
        verify(bar)
        const printer = findChild(bar, "deviceStatus.printer")
        compare(printer.state, "fault")
        compare(findChild(printer, "deviceStatus.printer.indicator").color, Theme.stateFault)
        compare(findChild(printer, "deviceStatus.printer.message").color, Theme.stateFault)
        const ukey = findChild(bar, "deviceStatus.ukey")
        compare(findChild(ukey, "deviceStatus.ukey.indicator").color, Theme.stateReady)
    }
}
