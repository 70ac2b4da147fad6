#include "kiosk/app/QmlSelfTest.h"

#include "kiosk/app/AppLogging.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QUrl>
#include <memory>

namespace kiosk::app {

namespace {
struct ModuleFile
{
    QString fileName;
    bool singleton = false;
};

// qmldir lines look like "Theme 1.0 Theme.qml" or "singleton Theme 1.0 Theme.qml".
QList<ModuleFile> listModuleFiles(QStringList &failures)
{
    QFile qmldir(QStringLiteral("%1/qmldir").arg(QLatin1String(QmlSelfTest::moduleDirectory)));
    if (!qmldir.open(QIODevice::ReadOnly | QIODevice::Text)) {
        failures << QStringLiteral("qmldir: cannot open %1").arg(qmldir.fileName());
        return {};
    }
    QList<ModuleFile> files;
    for (const QString &line : QString::fromUtf8(qmldir.readAll()).split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || !words.last().endsWith(QLatin1String(".qml")))
            continue;
        files.append({words.last(), words.first() == QLatin1String("singleton")});
    }
    return files;
}
} // namespace

QStringList QmlSelfTest::run(QQmlEngine &engine, QStringList *checkedFiles)
{
    QStringList failures;
    // Runtime errors (a failed binding, an unknown property) are warnings, not creation
    // failures; a self-test that ignored them would pass broken screens.
    const auto connection =
        QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings)
                failures << warning.toString();
        });
    const QList<ModuleFile> files = listModuleFiles(failures);
    if (files.isEmpty() && failures.isEmpty())
        failures << QStringLiteral("qmldir lists no QML files");
    for (const ModuleFile &file : files) {
        const QUrl url(QStringLiteral("qrc:%1/%2").arg(QLatin1String(moduleDirectory).mid(1), file.fileName));
        QQmlComponent component(&engine, url);
        if (component.isError()) {
            failures << QStringLiteral("%1: %2").arg(file.fileName, component.errorString().trimmed());
            continue;
        }
        if (!file.singleton) {
            std::unique_ptr<QObject> object(component.create());
            if (!object)
                failures << QStringLiteral("%1: %2").arg(file.fileName, component.errorString().trimmed());
        }
        qCInfo(lcSelfTest) << "checked" << file.fileName;
        if (checkedFiles)
            *checkedFiles << file.fileName;
    }
    QObject::disconnect(connection);
    failures.removeDuplicates();
    return failures;
}

} // namespace kiosk::app
