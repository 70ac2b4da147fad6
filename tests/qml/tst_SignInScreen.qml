import QtQuick
import QtTest
import Kiosk

TestCase {
    id: testCase
    name: "SignInScreen"
    width: 1024
    height: 700
    visible: true  // TestCase is hidden by default, and so would be every item it holds
    when: windowShown

    Component {
        id: screenComponent
        SignInScreen {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: signInSpy
        signalName: "signInRequested"
    }

    function createScreen(properties) {
        const screen = createTemporaryObject(screenComponent, testCase, properties)
        verify(screen, "SignInScreen could not be created")
        signInSpy.clear()
        signInSpy.target = screen
        return screen
    }

    function test_counterModeWithoutUKeyExplainsWhy() {
        const screen = createScreen({ mode: "counter", canSignIn: false,
                                      blockedReason: "未检测到UKey（尚未接入），暂不能登录" })
        compare(findChild(screen, "signin.title").text, "工伤定点医疗机构服务")
        compare(findChild(screen, "signin.prompt").text, "请插入CA证书UKey")
        const submit = findChild(screen, "signin.submit")
        compare(submit.text, "登录")
        verify(!submit.enabled, "login must be disabled without a UKey")
        const reason = findChild(screen, "signin.blockedReason")
        verify(reason.visible, "the reason must be shown")
        compare(reason.text, "未检测到UKey（尚未接入），暂不能登录")
        verify(!findChild(screen, "signin.certificate").enabled)
        verify(!findChild(screen, "signin.qrHint").visible)
    }

    function test_pinIsMaskedAndTypingAloneDoesNotEnableLogin() {
        const screen = createScreen({ canSignIn: false, blockedReason: "x" })
        const pin = findChild(screen, "signin.pin")
        compare(pin.echoMode, TextInput.Password)
        mouseClick(pin)
        keyClick(Qt.Key_1); keyClick(Qt.Key_2); keyClick(Qt.Key_3)
        compare(pin.text, "123")
        verify(pin.displayText !== "123", "the PIN must not be shown")
        verify(!findChild(screen, "signin.submit").enabled)
    }

    function test_readyUKeyAndPinEnableLoginAndClickRequestsSignIn() {
        const screen = createScreen({ canSignIn: true, blockedReason: "" })
        const submit = findChild(screen, "signin.submit")
        verify(!submit.enabled, "no PIN yet")
        verify(!findChild(screen, "signin.blockedReason").visible)
        findChild(screen, "signin.pin").text = "654321"
        verify(submit.enabled)
        mouseClick(submit)
        compare(signInSpy.count, 1)
        compare(signInSpy.signalArguments[0][0], "654321")
    }

    function test_lobbyModeShowsQrHintInsteadOfUKeyForm() {
        const screen = createScreen({ mode: "lobby" })
        compare(findChild(screen, "signin.prompt").text, "扫码登录")
        verify(findChild(screen, "signin.qrHint").visible)
        verify(!findChild(screen, "signin.ukeyForm").visible)
    }
}
