#pragma once
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kiosk::app {

// The terminal's configuration (one INI file, see docs/configuration.md). The defaults
// here are the built-in demo configuration used when no file exists.
struct TerminalConfig
{
    enum class Mode { Counter, Lobby };
    enum class UKeyBackend { Pkcs11, SoftHsm };
    enum class CameraBackend { OpenCv, Images };
    enum class PrinterBackend { Cups, Ipp };

    struct Terminal
    {
        QString id = QStringLiteral("demo-terminal");
        Mode mode = Mode::Counter;
    } terminal;

    struct Gateway
    {
        QUrl url = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        QString caFile;
        QString clientCert;
        QString clientKey;
    } gateway;

    struct Session
    {
        int idleTimeoutSeconds = 180;
        int countdownSeconds = 30;
    } session;

    struct Privacy
    {
        bool maskIds = true;
        bool purgeImagesAfterAck = true;
    } privacy;

    struct UKey
    {
        UKeyBackend backend = UKeyBackend::Pkcs11;
        QString modulePath; // empty: the backend's standard module
        QString tokenLabel; // empty: the first token present
        // Where the institution's name and credit code are found in the certificate
        // subject, in order of preference (CAs differ).
        QStringList subjectAttributes = {QStringLiteral("2.5.4.97"), QStringLiteral("OU"),
                                         QStringLiteral("O"), QStringLiteral("CN")};
    } ukey;

    struct Camera
    {
        CameraBackend backend = CameraBackend::OpenCv;
        QString device = QStringLiteral("/dev/video0");
        QString path; // image sequence or video for the images backend
    } camera;

    struct Printer
    {
        PrinterBackend backend = PrinterBackend::Cups;
        QString queue; // empty: the CUPS default queue
        QString uri;   // ipp:// or ipps://, for the ipp backend
    } printer;

    struct Ui
    {
        QString locale = QStringLiteral("zh_CN");
        bool largeText = false;
    } ui;
};

} // namespace kiosk::app
