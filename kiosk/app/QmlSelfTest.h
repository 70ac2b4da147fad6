#pragma once
#include <QString>
#include <QStringList>

class QQmlEngine;

namespace kiosk::app {

// `kiosk --self-test`: compiles and instantiates every QML file the Kiosk module lists in
// its qmldir, and reports each failure. Singletons are compiled but not instantiated here.
class QmlSelfTest
{
public:
    static constexpr const char *moduleDirectory = ":/qt/qml/Kiosk";

    // Returns the failures ("File.qml: error ..."); empty means every file loaded.
    static QStringList run(QQmlEngine &engine, QStringList *checkedFiles = nullptr);
};

} // namespace kiosk::app
