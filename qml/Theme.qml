pragma Singleton
import QtQuick

// Colours, type and sizes for every screen: a calm government-service look (blue header,
// white cards on a light grey page), touch targets of at least 48 px.
QtObject {
    // Set from the terminal configuration ([ui] large_text).
    property bool largeText: false
    readonly property real textScale: largeText ? 1.25 : 1.0

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: Math.round(15 * textScale)
    readonly property int fontBody: Math.round(18 * textScale)
    readonly property int fontLarge: Math.round(22 * textScale)
    readonly property int fontTitle: Math.round(30 * textScale)
    readonly property int fontHeader: Math.round(26 * textScale)

    readonly property color primary: "#1a5fb4"
    readonly property color primaryDark: "#0f4a94"
    readonly property color primaryLight: "#e8f0fb"
    readonly property color page: "#eef2f7"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d3dce8"
    readonly property color textPrimary: "#1f2933"
    readonly property color textSecondary: "#5b6776"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color disabledFill: "#b7c4d4"
    readonly property color warning: "#b26a00"
    readonly property color warningBackground: "#fff5e0"

    readonly property color stateReady: "#2e8540"
    readonly property color stateBusy: "#d98e04"
    readonly property color stateFault: "#c62828"
    readonly property color stateAbsent: "#8a96a3"

    readonly property int touchTarget: 56   // never below 48
    readonly property int spacing: 16
    readonly property int radius: 8
    readonly property int headerHeight: 88
    readonly property int statusBarHeight: 56

    function stateColor(deviceState) {
        switch (deviceState) {
        case "ready": return stateReady
        case "busy": return stateBusy
        case "fault": return stateFault
        default: return stateAbsent
        }
    }
}
