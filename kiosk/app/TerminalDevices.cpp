#include "kiosk/app/TerminalDevices.h"

#include <QCoreApplication>

namespace kiosk::app {

TerminalDevices::TerminalDevices(const TerminalConfig & /*config: backends choose from it later*/)
    : m_ukey(QStringLiteral("ukey"), QCoreApplication::translate("TerminalDevices", "UKey")),
      m_camera(QStringLiteral("camera"), QCoreApplication::translate("TerminalDevices", "高拍仪")),
      m_printer(QStringLiteral("printer"), QCoreApplication::translate("TerminalDevices", "打印机")),
      m_gateway(QStringLiteral("gateway"), QCoreApplication::translate("TerminalDevices", "前置服务")),
      m_statusModel({&m_ukey, &m_camera, &m_printer, &m_gateway})
{}

} // namespace kiosk::app
